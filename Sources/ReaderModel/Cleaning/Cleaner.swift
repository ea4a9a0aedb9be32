/// Turns a saved page into a clean `Document` (plain-text copies and HTML alike).
public struct Cleaner: Sendable {
    public init() {}

    /// Cleans one article; `site` adds evidence from other pages of the same site loaded with it.
    public func clean(_ article: Article, site: SiteContext? = nil) -> Document {
        switch article.format {
        case .text: return PlainTextCleaner().clean(article, site: site)
        case .html: return HTMLCleaner().clean(article, site: site)
        }
    }
}
