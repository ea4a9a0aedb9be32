/// An article's passages in the form the index stores them, worked out off the writer thread:
/// the lookup keys, and the JSON list of them that `passage.keys` holds.
struct StoredPassages: Sendable {
    var keys: [UInt32]
    /// `keys` as a JSON array ("[12,345]"): built here so the writer thread only binds it.
    var list: String

    init(_ passages: ArticlePassages) {
        self.init(keys: passages.keys)
    }

    /// From the keys alone (`PassageExtractor.lookupKeys`), sorted and unique.
    init(keys: [UInt32]) {
        self.keys = keys
        var list = "["
        list.reserveCapacity(keys.count * 11 + 2)
        for (i, key) in keys.enumerated() {
            if i > 0 { list.append(",") }
            list.append(String(key))
        }
        list.append("]")
        self.list = list
    }
}
