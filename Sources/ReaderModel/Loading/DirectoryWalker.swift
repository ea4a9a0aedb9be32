import Foundation

/// Lists the article files under a directory: recursive, hidden entries skipped, symbolic
/// links followed once (a link back to a directory already visited is not entered again),
/// other file types counted as skipped. Uses `readdir`'s entry types, so plain files are not stat'ed.
struct DirectoryWalker {
    struct Listing {
        var files: [String] = []
        /// Files whose extension is not a saved page's.
        var skipped: [String] = []
        var failures: [LoadError] = []
    }

    private struct DirectoryID: Hashable { let device: UInt64, inode: UInt64 }

    /// `accepts` decides from the file name alone whether a file is a candidate.
    func walk(_ root: String, accepts: (String) -> Bool) -> Listing {
        var listing = Listing()
        var visited = Set<DirectoryID>()
        var pending = [root]
        while let directory = pending.popLast() {
            guard let handle = FileSystemPath.withCString(directory, { opendir($0) }) else {
                listing.failures.append(LoadError(path: directory, kind: .unreadable(FileReader.errorText(errno))))
                continue
            }
            defer { closedir(handle) }
            var info = stat()
            if fstat(dirfd(handle), &info) == 0 {
                guard visited.insert(DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { continue }
            }
            while let entry = readdir(handle) {
                // By its bytes: a name that is not UTF-8 is still a file to read.
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: UInt8.self, capacity: 256) { FileSystemPath.string(fromBytes: UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)))) }
                }
                if name.hasPrefix(".") { continue }  // hidden files, "." and ".."
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var isDirectory: Bool
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): isDirectory = true
                case Int32(DT_REG): isDirectory = false
                default:
                    // Symbolic links and file systems that do not report types: ask stat (follows links).
                    var target = stat()
                    guard FileSystemPath.withCString(path, { stat($0, &target) }) == 0 else {
                        listing.failures.append(LoadError(path: path, kind: .unreadable(FileReader.errorText(errno))))
                        continue
                    }
                    isDirectory = target.st_mode & S_IFMT == S_IFDIR
                    if !isDirectory, target.st_mode & S_IFMT != S_IFREG { listing.skipped.append(path); continue }
                }
                if isDirectory { pending.append(path) } else if accepts(name) { listing.files.append(path) } else { listing.skipped.append(path) }
            }
        }
        listing.files.sort()
        listing.skipped.sort()
        return listing
    }
}
