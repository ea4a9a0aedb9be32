import Foundation

/// One file after the parallel phase of indexing (read, hashed, cleaned, encoded), ready to be written.
public struct AnalyzedFile: Sendable {
    enum Outcome: Sendable {
        /// Cleaned: the document (pre-encoded as JSON off the writer thread), its FTS body and entities.
        case cleaned(Document, json: Data, body: String, entities: [EntitySpan])
        /// The bytes did not change (only the mtime did): update the fingerprint, keep the rest.
        case touched
        /// Could not be read; stored with its message so it is not retried until it changes.
        case failed(String)
    }

    var path: String
    var fingerprint: FileFingerprint
    var hash: UInt64
    /// The row id when the path was already indexed.
    var existingID: Int64?
    var outcome: Outcome
}

/// What the index holds about one file, for deciding whether it changed.
struct StoredFile: Sendable, Hashable {
    var id: Int64
    var fingerprint: FileFingerprint
    var hash: UInt64
}
