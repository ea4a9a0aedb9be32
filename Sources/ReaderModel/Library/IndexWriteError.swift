import Foundation
import GRDB

/// An index that cannot be written (a read-only file, folder or file system), said plainly
/// instead of SQLite's "attempt to write a readonly database - while executing CREATE TABLE ...".
public struct IndexWriteError: Error, Sendable, CustomStringConvertible {
    public var indexPath: String

    public var description: String {
        "the index \(PrintableText.escaped(indexPath)) cannot be written (it, its folder or its disk is read-only); "
            + "make it writable, or give another with --index"
    }

    /// For a command that only needs to read an index opened read-only: it goes on with what is there.
    public var readingNote: String {
        "the index \(PrintableText.escaped(indexPath)) cannot be written (it, its folder or its disk is read-only); "
            + "reading it as it is, without new or changed files"
    }

    /// `error` as an `IndexWriteError` when it is SQLite's read-only refusal, else nil.
    public static func from(_ error: any Error, indexPath: String) -> IndexWriteError? {
        if let own = error as? IndexWriteError { return own }  // an index opened read-only
        guard let database = error as? DatabaseError else { return nil }
        switch database.resultCode {
        case .SQLITE_READONLY: return IndexWriteError(indexPath: indexPath)
        default:
            // SQLITE_CANTOPEN on a folder that cannot be written (no WAL or -shm file can be made).
            return database.resultCode == .SQLITE_CANTOPEN && access(indexPath, W_OK) != 0 && access(indexPath, F_OK) == 0
                ? IndexWriteError(indexPath: indexPath) : nil
        }
    }
}
