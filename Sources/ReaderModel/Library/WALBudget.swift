import Foundation

/// How much write-ahead log an index may keep, from the free space of its file system: a big WAL
/// between checkpoints makes indexing fast (the checkpoint is the only fsync), but on a small disk
/// 64 MB of WAL alone could fill it.
public struct WALBudget: Sendable, Equatable {
    /// Pages written before SQLite checkpoints the WAL into the database (`PRAGMA wal_autocheckpoint`).
    public var autocheckpointPages: Int
    /// Bytes the WAL file is cut back to after a checkpoint (`PRAGMA journal_size_limit`), so an idle
    /// index does not keep its largest WAL on disk.
    public var journalSizeLimit: Int

    /// SQLite's default checkpoint interval, and the interval indexing was measured fastest with (64 MB of 4 KB pages).
    public static let minimumPages = 1000, maximumPages = 16384
    /// The WAL may take at most this share of the free space: a checkpoint needs room for the pages it copies too.
    public static let freeSpaceShare = 16

    /// The budget for `freeBytes` of free space and pages of `pageSize` bytes: a sixteenth of the free
    /// space, between SQLite's default and 16,384 pages. Below the default SQLite's own default stays.
    public init(freeBytes: Int64?, pageSize: Int) {
        let page = max(512, pageSize)
        let pages: Int
        if let freeBytes {
            let share = max(0, freeBytes) / Int64(Self.freeSpaceShare) / Int64(page)
            pages = Int(min(max(share, Int64(Self.minimumPages)), Int64(Self.maximumPages)))
        } else {
            pages = Self.minimumPages  // unknown free space: SQLite's default, the safe side
        }
        autocheckpointPages = pages
        journalSizeLimit = Self.minimumPages * page
    }

    /// The budget for the file system holding `path` (the index file, or its folder before it exists).
    public init(forIndexAt path: String, pageSize: Int) {
        self.init(freeBytes: Self.freeBytes(at: path), pageSize: pageSize)
    }

    /// Bytes an unprivileged process may still write on the file system holding `path`; nil when unknown.
    static func freeBytes(at path: String) -> Int64? {
        var stats = statvfs()
        let probe = FileManager.default.fileExists(atPath: path) ? path : (path as NSString).deletingLastPathComponent
        guard statvfs(probe, &stats) == 0 else { return nil }
        let (bytes, overflow) = Int64(clamping: stats.f_bavail).multipliedReportingOverflow(by: Int64(clamping: stats.f_frsize))
        return overflow ? Int64.max : bytes
    }
}
