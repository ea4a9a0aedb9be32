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
    out.isRegular = type == S_IFREG
    out.isDirectory = type == S_IFDIR
    return 0
}
