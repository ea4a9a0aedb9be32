/// Articles loaded together: cleaned documents and their merged entities.
public struct Corpus: Sendable {
    public private(set) var documents: [Document]
    public private(set) var index: EntityIndex
    /// Files that could not be loaded, one message each.
    public private(set) var failures: [LoadError]

    public init(documents: [Document], index: EntityIndex, failures: [LoadError] = []) {
        self.documents = documents
        self.index = index
        self.failures = failures
    }

    /// Cleans articles together (so cross-page evidence applies) and indexes their entities.
    public init(articles: [Article], failures: [LoadError] = [], cleaner: Cleaner = Cleaner()) {
        let docs = Corpus.clean(articles, cleaner: cleaner)
        self.init(documents: docs, index: EntityIndex(documents: docs), failures: failures)
    }

    /// Cleans articles with one shared `SiteContext`, so chrome recurring across them is recognised.
    /// `explains` false as in `Cleaner.clean` (for callers that never show `--explain` evidence).
    public static func clean(_ articles: [Article], cleaner: Cleaner = Cleaner(), explains: Bool = true) -> [Document] {
        // Only text copies read lines recurring across pages; HTML is judged by its DOM, and its
        // source lines (hashed per page) would cost time and dilute the copies' evidence.
        let site = SiteContext(articles: articles.filter { $0.format == .text })
        return articles.map { cleaner.clean($0, site: site, explains: explains) }
    }
}
