import Foundation
import GRDB

/// One stored entity (a `entity` row: one type and `EntityKey` surface key) as one article uses it.
public struct StoredEntityCount: Sendable, Hashable {
    public var entityID: Int64
    public var type: EntityType
    /// The `EntityKey` of its surface form (or of its normalised value for dates and money).
    public var key: String
    /// The longest surface form seen for the key.
    public var name: String
    /// Mentions in the article.
    public var count: Int
}

/// Cross-article entity queries, each answered from the `entity` and `entity_link` tables through their
/// indexes (or from one article's stored spans), so nothing reads the whole library.
extension LibraryIndex {
    /// Calls `body` with every stored entity row (id, type, key). One sequential pass over `entity` only,
    /// for grouping spelling variants (`LibraryEntityGroups`); no links and no spans are read.
    public func forEachEntity(_ body: (Int64, EntityType, String) throws -> Void) throws {
        try reading { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, type, key FROM entity")
            while let row = try rows.next() {
                guard let type = EntityType(rawValue: row[1]) else { continue }
                try body(row[0], type, row[2])
            }
        }
    }

    /// The stored entities of one article with their mention counts there (primary key `(articleId, entityId)`).
    public func entityCounts(inArticle articleID: Int64) throws -> [StoredEntityCount] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.type, e.key, e.name, l.count
                FROM entity_link l JOIN entity e ON e.id = l.entityId
                WHERE l.articleId = ?
                """, arguments: [articleID]).compactMap { row in
                EntityType(rawValue: row[1]).map { StoredEntityCount(entityID: row[0], type: $0, key: row[2], name: row[3], count: row[4]) }
            }
        }
    }

    /// The readable articles that mention any of `entityIDs`, in list order (by path), each once with its
    /// mentions of them summed; also those that mention one of `bare` (bare surnames) unless they link one of
    /// `rivals` (another full name with that surname). Index `entity_link_entity`, then primary keys.
    public func articles(mentioningAny entityIDs: [Int64], bare: [Int64] = [], unlessWith rivals: [Int64] = []) throws -> [(articleID: Int64, count: Int)] {
        let (condition, arguments) = LibraryIndex.mentionCondition(entityIDs, bare: bare, rivals: rivals)
        guard let condition else { return [] }
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, sum(l.count) FROM entity_link l JOIN article a ON a.id = l.articleId
                WHERE \(condition) AND a.error IS NULL
                GROUP BY a.id ORDER BY a.path
                """, arguments: arguments).map { ($0[0], $0[1]) }
        }
    }

    /// The ids of the articles `articles(mentioningAny:bare:unlessWith:)` returns, unordered: from the index
    /// `entity_link_entity` alone (it covers `articleId`), without visiting the link rows or the articles.
    public func articleIDs(mentioningAny entityIDs: [Int64], bare: [Int64] = [], unlessWith rivals: [Int64] = []) throws -> [Int64] {
        let (condition, arguments) = LibraryIndex.mentionCondition(entityIDs, bare: bare, rivals: rivals)
        guard let condition else { return [] }
        return try reading { db in
            try Int64.fetchAll(db, sql: "SELECT DISTINCT l.articleId FROM entity_link l WHERE \(condition)", arguments: arguments)
        }
    }

    /// How many articles `articles(mentioningAny:bare:unlessWith:)` would return (no join, no sort).
    public func articleCount(mentioningAny entityIDs: [Int64], bare: [Int64] = [], unlessWith rivals: [Int64] = []) throws -> Int {
        let (condition, arguments) = LibraryIndex.mentionCondition(entityIDs, bare: bare, rivals: rivals)
        guard let condition else { return 0 }
        return try reading { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT l.articleId) FROM entity_link l WHERE \(condition)", arguments: arguments) ?? 0
        }
    }

    /// Per stored entity: its name and type, and how many articles mention it (rows never linked get 0).
    /// Counted on the covering index `entity_link_entity`: a per-link `count` would cost a seek per link.
    public func entityTotals(of entityIDs: [Int64]) throws -> [(entityID: Int64, type: EntityType, name: String, articles: Int)] {
        guard !entityIDs.isEmpty else { return [] }
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.type, e.name, (SELECT count(*) FROM entity_link l WHERE l.entityId = e.id)
                FROM entity e WHERE e.id IN (\(LibraryIndex.placeholders(entityIDs.count)))
                """, arguments: StatementArguments(entityIDs)).compactMap { row in
                EntityType(rawValue: row[1]).map { (row[0], $0, row[2], row[3]) }
            }
        }
    }

    /// Library-wide mentions per stored entity (visits every link row: for a few variants, not for a sidebar).
    public func mentionTotals(of entityIDs: [Int64]) throws -> [Int64: Int] {
        guard !entityIDs.isEmpty else { return [:] }
        return try reading { db in
            var result: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT entityId, sum(count) FROM entity_link WHERE entityId IN (\(LibraryIndex.placeholders(entityIDs.count))) GROUP BY entityId
                """, arguments: StatementArguments(entityIDs)) {
                result[row[0]] = row[1]
            }
            return result
        }
    }

    /// "Links one of `entityIDs`, or one of `bare` in an article that links none of `rivals`", over `entity_link l`.
    static func mentionCondition(_ entityIDs: [Int64], bare: [Int64], rivals: [Int64]) -> (String?, StatementArguments) {
        let all = entityIDs + bare
        guard !all.isEmpty else { return (nil, []) }
        var condition = "l.entityId IN (\(placeholders(all.count)))"
        var arguments = StatementArguments(all)
        if !bare.isEmpty && !rivals.isEmpty {
            // A bare surname in an article that names another person of that surname is that person's.
            let direct = entityIDs.isEmpty ? "0" : "l.entityId IN (\(placeholders(entityIDs.count)))"
            condition += " AND (\(direct) OR NOT EXISTS (SELECT 1 FROM entity_link x WHERE x.articleId = l.articleId AND x.entityId IN (\(placeholders(rivals.count)))))"
            arguments += StatementArguments(entityIDs)
            arguments += StatementArguments(rivals)
        }
        return (condition, arguments)
    }

    /// The stored rows of some (type, key) pairs, by primary-key-like `UNIQUE (type, key)` lookups.
    public func entityIDs(keys: [(type: EntityType, key: String)]) throws -> [Int64] {
        try reading { db in
            let statement = try db.cachedStatement(sql: "SELECT id FROM entity WHERE type = ? AND key = ?")
            return try keys.compactMap { try Int64.fetchOne(statement, arguments: [$0.type.rawValue, $0.key]) }
        }
    }

    /// One article's recognised spans in reading order (field, then offset); empty for an unknown id.
    public func spans(ofArticle articleID: Int64) throws -> [EntitySpan] {
        let data = try reading { try Data.fetchOne($0, sql: "SELECT entities FROM article WHERE id = ?", arguments: [articleID]) }
        guard let data else { return [] }
        return SpanCodec.decode(data).sorted { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) }
    }

    /// The mentions of one stored entity in one article, in reading order: that article's spans matched to
    /// the entity by the key the writer grouped them under (`EntityCount.group`).
    public func mentions(ofEntity entityID: Int64, inArticle articleID: Int64) throws -> [EntitySpan] {
        let entity = try reading { try Row.fetchOne($0, sql: "SELECT type, key FROM entity WHERE id = ?", arguments: [entityID]) }
        guard let entity, let type = EntityType(rawValue: entity[0]) else { return [] }
        let key: String = entity[1]
        return try spans(ofArticle: articleID).filter { $0.type == type && EntityKey.key($0.normalized ?? $0.text) == key }
    }

    /// `?, ?, …` for an `IN (…)` list.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
