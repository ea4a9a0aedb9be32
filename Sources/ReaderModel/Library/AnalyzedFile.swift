import Foundation

/// One file after the parallel phase of indexing (read, hashed, cleaned, encoded), ready to be written.
public struct AnalyzedFile: Sendable {
    enum Outcome: Sendable {
        /// Cleaned: the document, its stored form (`DocumentCodec` blob and body text) and its spans
        /// (`SpanCodec`), encoded off the writer thread, and its entities grouped with their counts.
        case cleaned(Document, record: Data, body: String, spans: Data, entities: [EntityCount])
        /// The bytes did not change (only the mtime did): update the fingerprint, keep the rest.
        case touched
        /// Read, but not an article (empty, binary...); stored with its message so it is not retried until it changes.
        case failed(String)
        /// Could not be read at all: nothing is written, so its last indexed version stays and it is retried.
        case unreadable(String)
    }

    var path: String
    var fingerprint: FileFingerprint
    var hash: UInt64
    /// The row id when the path was already indexed.
    var existingID: Int64?
    var outcome: Outcome
    /// The cleaned article's `StorySignature`, encoded off the writer thread (nil unless cleaned).
    var storySignature: Data?
    /// The article's sentences and quotes, hashed (`PassageTables`); nil unless cleaned.
    var passages: StoredPassages? = nil
}

/// What the index holds about one file, for deciding whether it changed.
struct StoredFile: Sendable, Hashable {
    var id: Int64
    var fingerprint: FileFingerprint
    var hash: UInt64
    /// Analysed by another `AnalysisRevision`: analysed again even when the file is unchanged.
    var isStale = false
}

/// One entity of one article, grouped by `EntityKey`, with how often the article mentions it.
struct EntityCount: Sendable, Hashable {
    var type: EntityType
    var key: String
    /// The longest surface form seen in the article.
    var name: String
    var normalized: String?
    var count: Int

    /// Groups spans by type and key, in order of first appearance.
    static func group(_ spans: [EntitySpan]) -> [EntityCount] {
        var result: [EntityCount] = []
        var position: [EntityRef: Int] = [:]  // a struct key: no string is built per span
        position.reserveCapacity(spans.count)
        for span in spans {
            // `EntityKey.key` reads ASCII off the bytes (and returns a key as it is): no cache needed.
            let key = EntityKey.key(span.normalized ?? span.text)
            let id = EntityRef(type: span.type, key: key)
            if let i = position[id] {
                result[i].count += 1
                // `characterCount` is `count` without the grapheme walk for ASCII; equal texts are skipped first.
                if span.text != result[i].name, span.text.characterCount > result[i].name.characterCount { result[i].name = span.text }
            } else {
                position[id] = result.count
                result.append(EntityCount(type: span.type, key: key, name: span.text, normalized: span.normalized, count: 1))
            }
        }
        return result
    }
}
