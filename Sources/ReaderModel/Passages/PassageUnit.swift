/// A sentence or a quote of an article, normalised and hashed so it can be found again in other articles.
public struct PassageUnit: Sendable, Hashable {
    public var field: DocumentField
    /// UTF-8 byte range in the field's text: what the reader marks.
    public var range: Range<Int>
    /// Words in the unit; the share of new text is counted in words.
    public var wordCount: Int
    /// Hashes of the three-word shingles of its normalised words, sorted and unique.
    public var shingles: [UInt32]
    /// True for text between quotation marks (a quote is matched without its attribution).
    public var isQuote: Bool

    public init(field: DocumentField, range: Range<Int>, wordCount: Int, shingles: [UInt32], isQuote: Bool) {
        self.field = field
        self.range = range
        self.wordCount = wordCount
        self.shingles = shingles
        self.isQuote = isQuote
    }
}
