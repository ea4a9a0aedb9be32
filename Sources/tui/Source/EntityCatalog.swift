import ReaderModel

/// One entity as it appears in one article: what the sidebar lists and the reader highlights.
struct DocumentEntity: Equatable, Sendable {
    var id: Int
    var name: String
    var type: EntityType
    var aliases: [String]
    /// Its mentions in this article, in reading order.
    var mentions: [Mention]
    /// Other articles that mention it.
    var elsewhere: Int
}

/// Where `m`/`M` went: the mention, and whether it wrapped around the library.
struct MentionStep: Equatable, Sendable {
    var mention: Mention
    var wrapped: Bool
}

/// The reader's entities, answered per article and per selected entity: by the in-memory `EntityIndex`
/// (explicit files, `--no-index`) or by queries on a library index (`LibraryEntityCatalog`), so the
/// state, reducer and panes never need every mention of the library at once.
protocol EntityCatalog {
    /// The entities of the article at a list position, most salient first.
    func documentEntities(_ document: Int) -> [DocumentEntity]
    /// Name, type and variants of an entity (`mentions` and `elsewhere` left empty); nil when unknown.
    func entityInfo(_ id: Int) -> DocumentEntity?
    /// How widely it is mentioned, for the status message when it is selected ("12 mentions in 3 articles").
    func reach(of id: Int) -> String
    /// The next (or previous) mention after `current`, on into the next (previous) article that mentions
    /// it, wrapping at the ends; without `current`, the first one at or after (before) the article `near`.
    func step(_ id: Int, from current: Mention?, near: Int, forward: Bool) -> MentionStep?
    /// Where a mention sits among the entity's, for the status line ("mention 3/17, article 2 of 5 with it").
    func position(of mention: Mention, entity id: Int) -> String?
}

extension EntityIndex: EntityCatalog {
    func documentEntities(_ document: Int) -> [DocumentEntity] {
        var mentions: [Int: [Mention]] = [:]
        for (id, m) in self.mentions(inDocument: document) { mentions[id, default: []].append(m) }
        return entities(inDocument: document).map { e, _ in
            DocumentEntity(id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: mentions[e.id] ?? [],
                           elsewhere: e.documentCount - 1)
        }
    }

    func entityInfo(_ id: Int) -> DocumentEntity? {
        let found = entity(id)
        return found.map { DocumentEntity(id: $0.id, name: $0.name, type: $0.type, aliases: $0.aliases, mentions: [], elsewhere: 0) }
    }

    func reach(of id: Int) -> String {
        guard let e = entity(id) else { return "" }
        return "\(e.mentions.count) mentions in \(e.documentCount) articles"
    }

    func step(_ id: Int, from current: Mention?, near: Int, forward: Bool) -> MentionStep? {
        guard let e = entity(id), !e.mentions.isEmpty else { return nil }
        if let current {
            guard let next = forward ? nextMention(of: id, after: current) : previousMention(of: id, before: current) else { return nil }
            return MentionStep(mention: next, wrapped: forward ? next <= current : next >= current)
        }
        // Start from where the reader is, not from the top of the corpus.
        let target = forward ? e.mentions.first { $0.document >= near } ?? e.mentions[0]
                             : e.mentions.last { $0.document <= near } ?? e.mentions[e.mentions.count - 1]
        return MentionStep(mention: target, wrapped: false)
    }

    func position(of mention: Mention, entity id: Int) -> String? {
        guard let e = entity(id), let k = e.mentions.firstIndex(of: mention) else { return nil }
        let articles = Array(Set(e.mentions.map(\.document))).sorted()
        let a = (articles.firstIndex(of: mention.document) ?? 0) + 1
        return "mention \(k + 1)/\(e.mentions.count), article \(a) of \(articles.count) with it"
    }
}
