import Foundation
import GRDB
import GRDBSQLite

/// A cached GRDB statement driven through the SQLite C API, for the indexer's per-row inserts.
///
/// The writer runs some 65 statements per article; boxing each argument list into GRDB's
/// `StatementArguments` cost more CPU than SQLite's own work. Binding in place keeps GRDB for
/// everything else (connections, transactions, migrations, errors).
struct BoundStatement {
    private let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ value: Int, at index: Int32) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ value: Double, at index: Int32) {
        sqlite3_bind_double(handle, index, value)
    }

    func bind(_ value: String?, at index: Int32) {
        guard var value else { sqlite3_bind_null(handle, index); return }
        value.withUTF8 { bytes in
            // An empty buffer has no base address, and SQLite would read a null pointer as NULL.
            guard let base = bytes.baseAddress else { sqlite3_bind_text(handle, index, "", 0, nil); return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
            }
        }
    }

    func bind(_ value: Data?, at index: Int32) {
        guard let value else { sqlite3_bind_null(handle, index); return }
        value.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { sqlite3_bind_zeroblob(handle, index, 0); return }
            _ = sqlite3_bind_blob(handle, index, base, Int32(bytes.count), Self.transient)
        }
    }

    /// Runs the statement to completion and returns the first column of its first row
    /// (an `INSERT ... RETURNING id`), or nil when it returns no row.
    @discardableResult
    func run(_ db: Database) throws -> Int64? {
        defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
        var first: Int64?
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW: if first == nil { first = sqlite3_column_int64(handle, 0) }
            case SQLITE_DONE: return first
            case let code:
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
        }
    }

    /// SQLite copies the value before the bind call returns (the Swift buffer does not outlive it).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
