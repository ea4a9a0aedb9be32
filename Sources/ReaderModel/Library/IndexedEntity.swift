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
