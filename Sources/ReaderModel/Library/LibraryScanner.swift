import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a library folder and stats every article file in it (no reading: this is the fast path).
public struct LibraryScanner: Sendable {
    public init() {}

    /// Every article file below `root` (hidden files and folders skipped) with its fingerprint, by path.
    public func scan(root: String) -> [String: FileFingerprint] {
        var found: [String: FileFingerprint] = [:]
        var pending = [root]
        // An explicit stack rather than recursion: deep trees cannot overflow it.
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var info = SystemStat()
                guard lstatWrapper(path, &info) == 0 else { continue }
                if info.isDirectory {
                    pending.append(path)
                } else if info.isRegular, LibraryScanner.isArticleFile(name) {
                    found[path] = FileFingerprint(size: info.size, mtime: info.mtimeNanoseconds)
                }
            }
        }
        return found
    }

    /// True for names that look like saved pages, so images and PDFs next to them are left alone.
    public static func isArticleFile(_ name: String) -> Bool {
        // The loader's rule, so the index and an in-memory corpus see the same files.
        FileTypeRules.format(forExtension: FileTypeRules.fileExtension(of: name)) != nil
    }
}
