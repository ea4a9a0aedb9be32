import Foundation
import GRDB

/// Timelines answered from a library index: the entity's articles from the link table, then each of
/// those articles' stored spans and document. Costs grow with the entity's articles, not the library.
extension LibraryEntities {
    /// The entity a name means: an exact stored form (any type; the one in most articles), else the
    /// entity whose stored form starts with it and is most widely mentioned; nil when none does.
    public func entity(named name: String) throws -> Int? {
        let key = EntityKey.key(name)
        guard !key.isEmpty else { return nil }
        var best: (id: Int, articles: Int)?
        for type in EntityType.allCases {
            guard let g = groups.group(type: type, key: key) else { continue }
            let resolved = groups.resolved(g)
            var id = groups.id(of: resolved)
            // A bare surname means the library's person of that surname in most articles.
            if groups.kind(of: resolved) != .person, let word = groups.surname(of: resolved) {
                var top: (id: Int, articles: Int)?
                for person in groups.people(surname: word) {
                    let n = try articleCount(of: groups.id(of: person))
                    if top.map({ n > $0.articles }) ?? true { top = (groups.id(of: person), n) }
                }
                if let top { id = top.id }
            }
            let n = try articleCount(of: id)
            if best.map({ n > $0.articles }) ?? true { best = (id, n) }
        }
        if let best { return best.id }
        for found in try index.entities(matching: name, limit: 1) {
            guard let g = groups.group(type: found.type, key: EntityKey.key(found.name)) else { continue }
            return groups.id(of: groups.resolved(g))
        }
        return nil
    }

    /// Every mention of an entity across the library, oldest article first (`EntityTimeline`).
    public func timeline(of id: Int, contextWidth: Int = 40) throws -> [TimelineEntry] {
        let ids = try articleIDs(of: id)
        let facts = try index.timelineFacts(of: ids)
        var articles: [EntityTimeline.Article] = []
        for fact in facts {
            let mentions = try self.mentions(of: id, inArticle: fact.id)
            guard !mentions.isEmpty, let document = try index.document(id: fact.id) else { continue }
            articles.append(EntityTimeline.Article(path: fact.path, articleID: fact.id, published: fact.published,
                                                   publisher: fact.publisher, modified: fact.modified, document: document,
                                                   mentions: mentions.map { ($0.field, $0.range) }))
        }
        return EntityTimeline.entries(articles, contextWidth: contextWidth)
    }
}

extension LibraryIndex {
    /// Path, dates and publisher of some readable articles (primary-key lookups).
    func timelineFacts(of ids: [Int64]) throws -> [(id: Int64, path: String, published: String?, publisher: String?, modified: Double)] {
        guard !ids.isEmpty else { return [] }
        return try reading { db in
            let statement = try db.cachedStatement(sql: "SELECT id, path, published, publisher, mtime FROM article WHERE id = ? AND error IS NULL")
            return try ids.compactMap { id in
                try Row.fetchOne(statement, arguments: [id]).map {
                    (id: $0[0], path: $0[1], published: $0[2], publisher: $0[3], modified: Double($0[4] as Int64) / 1e9)
                }
            }
        }
    }
}
