/// One entry of a feed: where its full page is, and what the feed itself says (the fallback).
public struct FeedItem: Sendable, Hashable {
    /// The item's own id (RSS guid, Atom id, rdf:about, JSON Feed id).
    public var id: String?
    /// The page of the full article.
    public var link: String?
    public var title: String?
    /// Content as HTML (content:encoded, Atom content, content_html), else the summary.
    public var contentHTML: String?
    /// Plain-text content (JSON Feed content_text, Atom text content).
    public var contentText: String?
    public var published: String?

    public init(id: String? = nil, link: String? = nil, title: String? = nil, contentHTML: String? = nil,
                contentText: String? = nil, published: String? = nil) {
        self.id = id
        self.link = link
        self.title = title
        self.contentHTML = contentHTML
        self.contentText = contentText
        self.published = published
    }

    /// What identifies the item across fetches: its id, else its canonical link, else its title.
    public var key: String? {
        if let id, !id.isEmpty { return "id:" + id }
        if let link, let canonical = CanonicalURL.key(link) { return "url:" + canonical }
        if let title, !title.isEmpty { return "title:" + title }
        return nil
    }
}
