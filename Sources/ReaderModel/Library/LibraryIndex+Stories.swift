import Foundation
import GRDB

/// Story signatures in the index ("stories-v1"): written with each cleaned article, read all at once
/// (about 1 KB each, no document decoded) when the library is grouped by story.
extension LibraryIndex {
    /// The stored signature of every article that has one, by article id.
    public func storySignatures() throws -> [Int64: StorySignature] {
        try reading { db in
            var result: [Int64: StorySignature] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT articleId, signature FROM story_signature")
            while let row = try rows.next() {
                let data: Data = row[1]
                // A damaged or older blob leaves its article to stand alone rather than failing the view.
                if let signature = StorySignatureCodec.decode(data) { result[row[0]] = signature }
            }
            return result
        }
    }

    /// The stories of the articles of `rows` (positions are indices into `rows`).
    public func stories(of rows: [LibraryRow]) throws -> [Story] {
        let signatures = try storySignatures()
        return StoryGrouper.group(rows.map { signatures[$0.id] })
    }

    /// Replaces an article's signature inside the indexer's write transaction (nil removes it).
    static func storeStorySignature(_ signature: Data?, articleID: Int64, _ db: Database) throws {
        if let signature {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_signature(articleId, signature) VALUES (?, ?)")
                .execute(arguments: [articleID, signature])
        } else {
            try db.cachedStatement(sql: "DELETE FROM story_signature WHERE articleId = ?").execute(arguments: [articleID])
        }
    }
}
