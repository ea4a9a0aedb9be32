/// Related articles of an in-memory corpus.
extension EntityIndex {
    /// The articles most related to `document` by shared entities (`RelatedArticles`).
    public func related(to document: Int, excluding: Set<Int> = [], limit: Int = 5) -> [RelatedArticle<Int>] {
        let documentCount = Set(entities.flatMap { $0.mentions.map(\.document) }).count
        var shared: [RelatedArticles.Shared<Int>] = []
        for (entity, _) in entities(inDocument: document) where RelatedArticles.counts(entity.type) {
            var weight = 0
            var postings: [Int: Int] = [:]
            for m in entity.mentions {
                postings[m.document, default: 0] += 1
                if m.document == document { weight += Salience.weight(of: m.field) }
            }
            shared.append(.init(name: entity.name, weight: Double(weight), postings: postings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        }
        let considered = shared.sorted { $0.weight > $1.weight }.prefix(RelatedArticles.entitiesConsidered)
        return RelatedArticles.rank(open: document, entities: Array(considered), articleCount: documentCount, excluding: excluding, limit: limit)
    }
}
