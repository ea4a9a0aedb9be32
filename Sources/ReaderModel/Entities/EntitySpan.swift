/// A recognised entity span inside one field of one document.
public struct EntitySpan: Sendable, Hashable, Codable {
    public var field: DocumentField
    /// UTF-8 byte offsets into `Document.text(of: field)`.
    public var range: Range<Int>
    /// The text as written ("Stoltenberg's" → "Stoltenberg" once possessives are stripped).
    public var text: String
    public var type: EntityType
    /// A normalised value for dates ("2024-04-29") and money ("EUR 100000000000").
    public var normalized: String?

    public init(field: DocumentField, range: Range<Int>, text: String, type: EntityType, normalized: String? = nil) {
        self.field = field
        self.range = range
        self.text = text
        self.type = type
        self.normalized = normalized
    }
}
