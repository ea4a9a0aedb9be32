/// One article of the library list, cheap to fetch for all articles at once.
public struct LibraryRow: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var path: String
    public var title: String?
    public var publisher: String?
    /// ISO 8601 date when the page gives one.
    public var published: String?
    public var isRead: Bool
    public var isBookmarked: Bool

    public init(id: Int64, path: String, title: String?, publisher: String?, published: String?, isRead: Bool, isBookmarked: Bool) {
        self.id = id
        self.path = path
        self.title = title
        self.publisher = publisher
        self.published = published
        self.isRead = isRead
        self.isBookmarked = isBookmarked
    }
}

/// An entity as stored in the index, with how many articles mention it.
public struct IndexedEntity: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var name: String
    public var type: EntityType
    public var normalized: String?
    public var articleCount: Int
    public var mentionCount: Int
}

/// One stored mention of an entity, located by article and field.
public struct IndexedMention: Sendable, Hashable {
    public var articleID: Int64
    public var path: String
    public var field: DocumentField
    /// UTF-8 byte offsets into `Document.text(of: field)`.
    public var range: Range<Int>
    public var text: String
}
