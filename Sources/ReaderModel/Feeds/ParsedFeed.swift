/// A feed as read from its document.
public struct ParsedFeed: Sendable, Hashable {
    public var format: FeedFormat
    public var title: String?
    /// The site the feed belongs to.
    public var link: String?
    public var items: [FeedItem]

    public init(format: FeedFormat, title: String? = nil, link: String? = nil, items: [FeedItem] = []) {
        self.format = format
        self.title = title
        self.link = link
        self.items = items
    }
}
