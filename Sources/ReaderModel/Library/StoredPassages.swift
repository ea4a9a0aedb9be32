/// An article's passages in the form the index stores them, worked out off the writer thread:
/// the lookup keys (rows of `passage_key`).
struct StoredPassages: Sendable {
    var keys: [UInt32]

    init(_ passages: ArticlePassages) {
        keys = passages.keys
    }
}
