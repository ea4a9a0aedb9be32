import ReaderModel

/// A library's entities for the reader, by query (`LibraryEntities`): the open article's from its stored
/// spans, an entity's articles from the link table when it is selected. Nothing merges the whole library.
final class LibraryEntityCatalog: EntityCatalog {
    let entities: LibraryEntities
    /// Article ids in list order (position → id) and back.
    private(set) var order: [Int64]
    private(set) var positions: [Int64: Int]
    /// List positions of the articles that mention an entity, ascending; kept for the selected few.
    private var articleCache: [Int: [Int]] = [:]

    init(entities: LibraryEntities, order: [Int64]) {
        self.entities = entities
        self.order = order
        self.positions = Self.positions(order)
    }

    /// Follows a new list (background indexing added, changed or removed articles).
    func reorder(_ order: [Int64]) {
        self.order = order
        positions = Self.positions(order)
        articleCache = [:]
    }

    func documentEntities(_ document: Int) -> [DocumentEntity] {
        guard order.indices.contains(document), let found = try? entities.entities(inArticle: order[document]) else { return [] }
        return found.compactMap { e in
            guard let info = try? entities.entity(e.id) else { return nil }
            let mentions = e.mentions.map { Mention(document: document, field: $0.field, range: $0.range, text: $0.text) }
            let articles = (try? entities.articleCount(of: e.id)) ?? 1
            return DocumentEntity(id: e.id, name: info.name, type: info.type, aliases: info.aliases, mentions: mentions,
                                  elsewhere: max(0, articles - 1))
        }
    }

    func entityInfo(_ id: Int) -> DocumentEntity? {
        guard let info = try? entities.entity(id) else { return nil }
        return DocumentEntity(id: id, name: info.name, type: info.type, aliases: info.aliases, mentions: [], elsewhere: 0)
    }

    func reach(of id: Int) -> String {
        let n = articles(of: id).count
        return n == 1 ? "in 1 article" : "in \(n) articles"
    }

    func step(_ id: Int, from current: Mention?, near: Int, forward: Bool) -> MentionStep? {
        let articles = articles(of: id)
        guard !articles.isEmpty else { return nil }
        var wrapped = false
        var start: Int  // index into `articles` of the first article to look in
        if let current {
            let here = mentions(of: id, in: current.document)
            if let next = forward ? here.first(where: { $0 > current }) : here.last(where: { $0 < current }) {
                return MentionStep(mention: next, wrapped: false)
            }
            if forward {
                start = articles.firstIndex { $0 > current.document } ?? { wrapped = true; return 0 }()
            } else {
                start = articles.lastIndex { $0 < current.document } ?? { wrapped = true; return articles.count - 1 }()
            }
        } else if forward {
            start = articles.firstIndex { $0 >= near } ?? 0
        } else {
            start = articles.lastIndex { $0 <= near } ?? articles.count - 1
        }
        // An article whose stored spans no longer match (changed under us) is skipped, once round at most.
        for step in 0..<articles.count {
            let i = forward ? (start + step) % articles.count : (start - step + articles.count) % articles.count
            if forward ? i < start : i > start { wrapped = wrapped || current != nil }
            let found = mentions(of: id, in: articles[i])
            if let target = forward ? found.first : found.last { return MentionStep(mention: target, wrapped: wrapped) }
        }
        return nil
    }

    func position(of mention: Mention, entity id: Int) -> String? {
        let articles = articles(of: id)
        let here = mentions(of: id, in: mention.document)
        guard let a = articles.firstIndex(of: mention.document), let k = here.firstIndex(of: mention) else { return nil }
        // Mentions are counted per article: the library-wide total would mean decoding every article's spans.
        return "article \(a + 1)/\(articles.count), mention \(k + 1)/\(here.count)"
    }

    // MARK: Lookups

    private func mentions(of id: Int, in document: Int) -> [Mention] {
        guard order.indices.contains(document), let spans = try? entities.mentions(of: id, inArticle: order[document]) else { return [] }
        return spans.map { Mention(document: document, field: $0.field, range: $0.range, text: $0.text) }
    }

    /// List positions of the articles mentioning an entity, ascending (ids from the covering index, sorted here).
    private func articles(of id: Int) -> [Int] {
        if let cached = articleCache[id] { return cached }
        let found = ((try? entities.articleIDs(of: id)) ?? []).compactMap { positions[$0] }.sorted()
        if articleCache.count >= 16 { articleCache.removeAll() }
        articleCache[id] = found
        return found
    }

    private static func positions(_ order: [Int64]) -> [Int64: Int] {
        var result: [Int64: Int] = [:]
        result.reserveCapacity(order.count)
        for (i, id) in order.enumerated() { result[id] = i }
        return result
    }
}
