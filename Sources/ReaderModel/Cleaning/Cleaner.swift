/// Turns a saved page into a clean `Document` (plain-text copies and HTML alike).
public struct Cleaner: Sendable {
    public init() {}

    /// Cleans one article; `site` adds evidence from other pages of the same site loaded with it.
    /// `explains` false may leave `Document.blocks` (the `--explain` evidence) empty, which saves
    /// building a string per line where nobody reads them (the library index).
    public func clean(_ article: Article, site: SiteContext? = nil, explains: Bool = true) -> Document {
        switch article.format {
        case .text: return PlainTextCleaner().clean(article, site: site, explains: explains)
        case .html: return HTMLCleaner().clean(article, site: site)
        }
    }
}
