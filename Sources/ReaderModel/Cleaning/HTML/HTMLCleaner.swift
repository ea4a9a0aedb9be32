/// Cleans saved web pages through libxml2's HTML parser and the DOM.
struct HTMLCleaner: Sendable {
    func clean(_ article: Article, site: SiteContext?) -> Document {
        Document(source: article.source)  // placeholder until the DOM extractor lands
    }
}
