import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies a file's version: size and modification time from `stat`, and a content hash.
public struct FileFingerprint: Sendable, Hashable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var mtime: Int64

    public init(size: Int64, mtime: Int64) {
        self.size = size
        self.mtime = mtime
    }

    /// `stat` of a regular file, nil for anything else or on error.
    public static func stat(path: String) -> FileFingerprint? {
        var info = SystemStat()
        guard lstatWrapper(path, &info) == 0 else { return nil }
        return info.isRegular ? FileFingerprint(size: info.size, mtime: info.mtimeNanoseconds) : nil
    }

    /// `stat` of a regular file with whether this process may read it by its permission bits
    /// (the scanner's stat, so no extra system call); nil for anything else or on error.
    static func stat(path: String, permission: ReadPermission) -> (FileFingerprint, readable: Bool)? {
        var info = SystemStat()
        guard lstatWrapper(path, &info) == 0, info.isRegular else { return nil }
        return (FileFingerprint(size: info.size, mtime: info.mtimeNanoseconds),
                permission.allows(mode: info.mode, owner: info.owner, group: info.group))
    }

    /// FNV-1a, 64 bits: small and fast; we only need to notice that bytes changed, not resist attacks.
    public static func fnv1a<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The FNV-1a hash of a file's bytes, nil when it cannot be read.
    public static func contentHash(path: String) -> UInt64? {
        guard let bytes = try? FileReader.contents(of: path, maxBytes: Int.max - 1) else { return nil }
        return fnv1a(bytes)
    }
}

/// The few `stat` fields we need, filled portably.
struct SystemStat {
    var size: Int64 = 0
    var mtimeNanoseconds: Int64 = 0
    var isRegular = false
    var isDirectory = false
    var mode: UInt32 = 0
    var owner: UInt32 = 0
    var group: UInt32 = 0
}

/// Whether this process may read a file, judged from `stat`'s mode and owner against the process's
/// effective user and groups (ACLs aside), so an unchanged file that lost its read permission is noticed
/// without opening it.
struct ReadPermission: Sendable {
    let user: UInt32
    let groups: Set<UInt32>

    init(user: UInt32, groups: Set<UInt32>) {
        self.user = user
        self.groups = groups
    }

    /// This process's effective user and groups.
    init() {
        user = UInt32(geteuid())
        var ids = [gid_t](repeating: 0, count: Int(max(0, getgroups(0, nil))))
        let count = ids.isEmpty ? 0 : Int(getgroups(Int32(ids.count), &ids))
        var all: Set<UInt32> = [UInt32(getegid())]
        for id in ids[..<max(0, min(count, ids.count))] { all.insert(UInt32(id)) }
        groups = all
    }

    func allows(mode: UInt32, owner: UInt32, group: UInt32) -> Bool {
        if user == 0 { return true }  // root reads through permission bits
        if owner == user { return mode & UInt32(S_IRUSR) != 0 }
        if groups.contains(group) { return mode & UInt32(S_IRGRP) != 0 }
        return mode & UInt32(S_IROTH) != 0
    }
}

/// `stat` (following symlinks, so a linked article counts), mapped into `SystemStat`.
func lstatWrapper(_ path: String, _ out: inout SystemStat) -> Int32 {
    var st = stat()
    let rc = FileSystemPath.withCString(path) { stat($0, &st) }
    guard rc == 0 else { return rc }
    out.size = Int64(st.st_size)
    #if canImport(Darwin)
    out.mtimeNanoseconds = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
    #else
    out.mtimeNanoseconds = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    #endif
    let type = st.st_mode & S_IFMT
    out.mode = UInt32(st.st_mode)
    out.owner = UInt32(st.st_uid)
    out.group = UInt32(st.st_gid)
    out.isRegular = type == S_IFREG
    out.isDirectory = type == S_IFDIR
    return 0
}
