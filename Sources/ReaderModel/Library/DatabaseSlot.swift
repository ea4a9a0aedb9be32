import Foundation
import GRDB

/// The database an index currently uses, replaceable when a damaged one is moved aside mid-run.
final class DatabaseSlot: @unchecked Sendable {
    /// One open database file and what is known about it.
    struct Database: Sendable {
        var pool: DatabasePool
        /// The message to show when this database replaced a damaged or unusable one.
        var note: String?
        /// The file opened, so a recovery can tell whether another process already replaced it.
        var identity: FileIdentity?
        var generation: Int
    }

    private let lock = NSLock()
    private var database: Database
    private var waits = true

    /// False when a read meeting damage must not wait for another writer to recover (the reader's UI thread):
    /// the read fails instead, and the writer (or a later read) recovers.
    var waitsToRecover: Bool {
        get { lock.withLock { waits } }
        set { lock.withLock { waits = newValue } }
    }

    init(_ database: Database) { self.database = database }

    var current: Database { lock.withLock { database } }

    func replace(_ new: Database) { lock.withLock { database = new } }
}
