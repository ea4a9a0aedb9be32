import Foundation
import GRDB

/// What is at an index path, decided before anything there is opened, migrated or moved aside:
/// only lede's own files may be touched, anything else is refused.
enum IndexFileState: Equatable {
    /// Nothing there yet (or an empty file): a new index is made.
    case new
    /// A lede index (or a file only SQLite itself can judge, e.g. one we may not read): open it.
    case index
    /// Lede's, but unusable (damaged, or made by a newer lede): may be moved aside and rebuilt.
    case damaged(String)
    /// Not lede's: never opened for writing, never moved. The text says what it is.
    case foreign(String)

    /// Inspects `path`. `knownAsIndex`: lede made this path an index before (its lock file is beside it,
    /// or it is in lede's own data directory), so even a file whose header is garbage is lede's.
    static func inspect(_ path: String, knownAsIndex: Bool) -> IndexFileState {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == ENOENT ? .new : .index }  // let the open say why
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .foreign("a folder")
        default: return .foreign("not a regular file")
        }
        if info.st_size == 0 { return .new }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .index }
        let header = handle.readData(ofLength: 100)
        try? handle.close()
        guard header.starts(with: Data("SQLite format 3\0".utf8)) else {
            return knownAsIndex ? .damaged("not an SQLite database") : .foreign("a file of \(info.st_size) bytes that is not an SQLite database")
        }
        // The header's own copy of the application id (bytes 68-71), readable even when the rest is damaged.
        let headerSaysLede = header.count >= 72
            && header[68..<72].reduce(0) { $0 << 8 | UInt32($1) } == UInt32(bitPattern: IndexSchema.applicationID)
        var config = Configuration()
        config.readonly = true  // a foreign database is never written, not even its journal rolled back
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db -> IndexFileState in
                let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if appID == IndexSchema.applicationID {
                    return try IndexSchema.migrator.hasBeenSuperseded(db) ? .damaged("made by a newer lede") : .index
                }
                // No application id yet: empty, or a lede index whose first migration never committed.
                if appID == 0 && (tables == 0 || knownAsIndex) { return .index }
                return .foreign("an SQLite database of another program")
            }
        } catch let error as DatabaseError where LibraryIndex.isDamage(error) {
            let why = "unreadable (\(error.message ?? "\(error.resultCode)"))"
            return knownAsIndex || headerSaysLede ? .damaged(why) : .foreign("a damaged SQLite database that is not a lede index")
        } catch {
            // Busy, permissions...: lede's own file is opened and the real open reports it; a file not
            // known to be lede's is never opened for writing on a guess.
            return knownAsIndex || headerSaysLede ? .index
                : .foreign("an SQLite database lede could not check (\((error as? DatabaseError)?.message ?? "\(error)"))")
        }
    }
}
