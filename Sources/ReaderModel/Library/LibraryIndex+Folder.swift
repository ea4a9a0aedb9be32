import Foundation
import GRDB

/// An index belongs to one folder: it records the folder's path and identity (device and inode),
/// refuses another folder, and follows its folder when it is moved or renamed.
extension LibraryIndex {
    /// What an index records about its folder.
    struct RecordedFolder: Sendable, Equatable {
        var root: String
        var identity: FileIdentity?
    }

    static func recordedFolder(_ db: Database) throws -> RecordedFolder? {
        let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM library_meta")
            .map { ($0[0] as String, $0[1] as String) })
        guard let root = meta["root"] else { return nil }
        var identity: FileIdentity?
        if let device = meta["device"].flatMap(UInt64.init), let inode = meta["inode"].flatMap(UInt64.init) {
            identity = FileIdentity(device: device, inode: inode)
        }
        return RecordedFolder(root: root, identity: identity)
    }

    /// The folder recorded in the index at `indexPath` (for a command given only `--index`); nil when
    /// there is no index there yet or it records no folder. Throws for a file that is not a lede index.
    public static func recordedRoot(ofIndex indexPath: String) throws -> String? {
        let path = LibraryLocation.absolute(indexPath)
        let knownAsIndex = FileManager.default.fileExists(atPath: IndexWriteLock.path(forIndex: path))
        switch IndexFileState.inspect(path, knownAsIndex: knownAsIndex) {
        case .foreign(let what): throw LibraryIndexError.notAnIndex(path: path, what: what)
        case .new, .damaged: return nil
        case .index: break
        }
        func root(_ queue: DatabaseQueue?) -> String? {
            guard let queue else { return nil }
            defer { try? queue.close() }
            return (try? queue.read { db in try db.tableExists("library_meta") ? recordedFolder(db)?.root : nil }) ?? nil
        }
        if let found = root(try? DatabaseQueue(path: path)) { return found }
        // An index this process cannot write (nor make its WAL files beside): read it as it is.
        var config = Configuration()
        config.readonly = true
        return root(try? DatabaseQueue(path: immutableURI(path), configuration: config))
    }

    /// Binds a freshly opened index (holding the write lock) to `root`: records it in a new index; for
    /// an index of another folder, follows the folder if it was moved (the recorded one is gone or is
    /// another folder now, or `root` is the recorded folder by identity), else refuses.
    /// Returns a note when the index followed a move.
    static func bindRoot(_ root: String, indexPath: String, in pool: DatabasePool) throws -> String? {
        let here = FileIdentity(path: root)
        let recorded = try pool.read { try recordedFolder($0) }
        guard let recorded, recorded.root != root else {
            // New, or the same folder: record it (only when something changed, so opening rarely writes).
            if recorded == nil || (here != nil && recorded?.identity != here) { try record(root, here, in: pool) }
            return nil
        }
        let there = FileIdentity(path: recorded.root)
        let recordedIsGone = there == nil || (recorded.identity != nil && there != recorded.identity)
        let sameFolder = here != nil && here == recorded.identity
        guard recordedIsGone || sameFolder else {
            throw LibraryIndexError.otherFolder(index: indexPath, recorded: recorded.root, given: root)
        }
        try pool.write { db in
            // Every stored path moves with the folder; read marks are keyed by path too.
            for table in ["article", "reading_state"] {
                try db.execute(sql: """
                    UPDATE OR REPLACE \(table) SET path = :new || substr(path, length(:old) + 1)
                    WHERE substr(path, 1, length(:old)) = :old
                    """, arguments: ["old": recorded.root + "/", "new": root + "/"])
            }
        }
        try record(root, here, in: pool)
        return "lede: the library moved from \(recorded.root) to \(root); its index and read marks moved with it"
    }

    private static func record(_ root: String, _ identity: FileIdentity?, in pool: DatabasePool) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO library_meta(key, value) VALUES ('root', ?)", arguments: [root])
            if let identity {
                try db.execute(sql: "INSERT OR REPLACE INTO library_meta(key, value) VALUES ('device', ?), ('inode', ?)",
                               arguments: [String(identity.device), String(identity.inode)])
            }
        }
    }

    /// For a folder without an index at its default place: the default index of the folder it was before
    /// a move or rename (same device and inode, its recorded path gone or another folder now), moved to
    /// `location.indexPath` so the folder finds its read marks again. Nil when there is none.
    static func adoptMovedIndex(for location: LibraryLocation) -> String? {
        guard location.isDefaultPath, !FileManager.default.fileExists(atPath: location.indexPath),
              let here = FileIdentity(path: location.root) else { return nil }
        let directory = (location.indexPath as NSString).deletingLastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        for name in names.sorted() where name.hasSuffix(".sqlite") {
            let candidate = (directory as NSString).appendingPathComponent(name)
            guard let queue = try? DatabaseQueue(path: candidate) else { continue }
            let recorded = try? queue.read { db in try db.tableExists("library_meta") ? recordedFolder(db) : nil }
            try? queue.close()
            guard let recorded = recorded ?? nil, recorded.identity == here, recorded.root != location.root,
                  FileIdentity(path: recorded.root) != here else { continue }
            // Moved under the old index's lock, so no run of the old name is writing it meanwhile.
            let moved = try? IndexWriteLock(indexPath: candidate, waiting: { _ in }).withLock { () -> Bool in
                guard !FileManager.default.fileExists(atPath: location.indexPath) else { return false }
                try FileManager.default.moveItem(atPath: candidate, toPath: location.indexPath)
                for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: candidate + suffix) {
                    try? FileManager.default.moveItem(atPath: candidate + suffix, toPath: location.indexPath + suffix)
                }
                return true
            }
            if moved == true { return candidate }
        }
        return nil
    }
}
