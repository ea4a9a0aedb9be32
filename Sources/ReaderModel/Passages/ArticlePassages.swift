/// The sentences and quotes of one article (standfirst and paragraphs), ready to be matched.
public struct ArticlePassages: Sendable, Hashable {
    public var units: [PassageUnit]
    /// Words of the standfirst and paragraphs: the whole that "62% new" is a share of.
    public var wordCount: Int

    public init(units: [PassageUnit], wordCount: Int) {
        self.units = units
        self.wordCount = wordCount
    }

    /// Splits, normalises and hashes a cleaned document (`PassageExtractor`).
    public init(document: Document) {
        self = PassageExtractor().passages(of: document)
    }

    /// Shingles per unit kept as lookup keys (a bottom-k sketch; one: each key is a row the index writes). Two near-identical sentences share
    /// their smallest shingles with high probability, and one shared sentence is enough to find the
    /// other article, whose units are then compared in full.
    public static let keysPerUnit = 1

    /// The lookup keys of the article, unique and sorted.
    public var keys: [UInt32] {
        var keys = Set<UInt32>()
        for unit in units { keys.formUnion(unit.shingles.prefix(Self.keysPerUnit)) }  // shingles are sorted: the smallest first
        return keys.sorted()
    }
}
