import Foundation

/// An article's passages in the form the index stores them, encoded off the writer thread:
/// the lookup keys (rows of `passage_key`) and the full units (`passage.units`).
struct StoredPassages: Sendable {
    var keys: [UInt32]
    var blob: Data

    init(_ passages: ArticlePassages) {
        keys = passages.keys
        blob = PassageCodec.encode(passages)
    }
}
