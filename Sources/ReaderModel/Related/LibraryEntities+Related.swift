/// Related articles from a library index: the open article's stored spans give the weights, the link
/// table gives each entity's articles; nothing else is read.
extension LibraryEntities {
    /// The articles most related to `articleID` by shared entities (`RelatedArticles`).
    public func related(to articleID: Int64, excluding: Set<Int64> = [], limit: Int = 5) throws -> [RelatedArticle<Int64>] {
        let total = try index.articleCount()
        var weighted: [(id: Int, name: String, weight: Double)] = []
        for e in try entities(inArticle: articleID) {
            guard let info = try entity(e.id), RelatedArticles.counts(info.type) else { continue }
            weighted.append((e.id, info.name, Double(e.mentions.reduce(0) { $0 + Salience.weight(of: $1.field) })))
        }
        var shared: [RelatedArticles.Shared<Int64>] = []
        for w in weighted.sorted(by: { ($0.weight, $1.id) > ($1.weight, $0.id) }).prefix(RelatedArticles.entitiesConsidered) where w.weight > 0 {
            // A name in a tenth of a large library weighs next to nothing: its thousands of links are not read.
            let df = try articleCount(of: w.id)
            if df > 1_000 && df * 10 > total { continue }
            shared.append(.init(name: w.name, weight: w.weight, postings: try articles(of: w.id).map { ($0.articleID, $0.count) }))
        }
        return RelatedArticles.rank(open: articleID, entities: shared, articleCount: total, excluding: excluding, limit: limit)
    }
}
