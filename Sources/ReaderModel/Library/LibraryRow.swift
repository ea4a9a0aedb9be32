/// One article of the library list, cheap to fetch for all articles at once.
public struct LibraryRow: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var path: String
    public var title: String?
    /// Without a title, the first sentence of the body shortened for display (`DerivedTitle`).
    public var derivedTitle: String?
    public var publisher: String?
    /// ISO 8601 date when the page gives one.
    public var published: String?
    public var isRead: Bool
    public var isBookmarked: Bool

    public init(id: Int64, path: String, title: String?, publisher: String?, published: String?, isRead: Bool, isBookmarked: Bool,
                derivedTitle: String? = nil) {
        self.id = id
        self.path = path
        self.title = title
        self.derivedTitle = derivedTitle
        self.publisher = publisher
        self.published = published
        self.isRead = isRead
        self.isBookmarked = isBookmarked
    }
}
