import Foundation

/// Whether this process may write an index: the file, the lock file beside it and the folder
/// (where SQLite makes the WAL and shared-memory files) must all be writable.
enum IndexAccess {
    /// True for a path that does not exist yet (creating it reports its own error) and for one
    /// this process can write; false for a read-only file, lock file, folder or file system.
    static func canWrite(indexAt path: String) -> Bool {
        guard access(path, F_OK) == 0 else { return true }
        let folder = (path as NSString).deletingLastPathComponent
        let lock = IndexWriteLock.path(forIndex: path)
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
            && (access(lock, F_OK) != 0 || access(lock, W_OK) == 0)
    }
}
