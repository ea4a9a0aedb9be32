import Foundation
import GRDB

extension LibraryIndex {
    /// Articles a lookup key may be held by and still find candidates: a passage repeated in more is
    /// boilerplate or a stock phrase, not a story's quote.
    static let commonKeyLimit = 64

    /// What of article `id` also stands in other articles of the library, or only in `scope` (say, the
    /// articles of its story). Candidates come from the shared lookup keys; only their passages are read.
    /// Nil when the id is unknown or unreadable.
    public func passageReport(of id: Int64, among scope: Set<Int64>? = nil, matcher: PassageMatcher = PassageMatcher()) throws -> PassageReport? {
        guard let target = try passages(of: id) else { return nil }
        let keys = target.keys
        let candidates = try reading { db -> [Int64] in
            var shared: [Int64: Int] = [:]
            // One bounded read per key: a key held by more articles than `commonKeyLimit` is boilerplate
            // (or a phrase every outlet uses) and is skipped, so the cost does not grow with the library.
            let statement = try db.cachedStatement(sql: PassageKeyIndex.holdersSQL(limit: Self.commonKeyLimit + 1))
            var holders: [Int64] = []
            for key in keys {
                holders.removeAll(keepingCapacity: true)
                let rows = try Int64.fetchCursor(statement, arguments: [PassageKeyIndex.query(key)])
                while let id = try rows.next() { holders.append(id) }
                guard holders.count <= Self.commonKeyLimit else { continue }
                for holder in holders { shared[holder, default: 0] += 1 }
            }
            return PassageCandidates.rank(shared, target: id, scope: scope)
        }
        // The candidates' units from their stored documents (decoded and split again: cheaper than storing them).
        let others = try candidates.compactMap { candidate in
            try document(id: candidate).map { (article: candidate, passages: ArticlePassages(document: $0)) }
        }
        return matcher.report(for: target, against: others)
    }

    /// The passages of an article, from its stored document.
    func passages(of id: Int64) throws -> ArticlePassages? {
        try document(id: id).map(ArticlePassages.init(document:))
    }

    /// Gives lookup keys to the articles indexed before the "passages-v1" migration, from their stored
    /// documents (no file is read or cleaned again), a batch per transaction. Costs one lookup of a
    /// `library_meta` row once done.
    func backfillPassagesIfPending(isCancelled: () -> Bool = { false }) throws {
        let key = PassageTables.backfillKey
        guard try reading({ try String.fetchOne($0, sql: "SELECT value FROM library_meta WHERE key = ?", arguments: [key]) }) != nil else { return }
        while !isCancelled() {
            let ids = try reading {
                try Int64.fetchAll($0, sql: """
                    SELECT a.id FROM article a WHERE a.error IS NULL AND a.document IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM passage p WHERE p.articleId = a.id) LIMIT 256
                    """)
            }
            if ids.isEmpty {
                try writing { try $0.execute(sql: "DELETE FROM library_meta WHERE key = ?", arguments: [key]) }
                return
            }
            let computed = try ids.map { id in (id, StoredPassages(try document(id: id).map(ArticlePassages.init(document:)) ?? ArticlePassages(units: [], wordCount: 0))) }
            try writing { db in
                let tables = try PassageTables(db)
                for (id, passages) in computed { try tables.write(passages, article: id, replacing: true, db) }
            }
        }
    }
}
