/// A set of words with a cheap pre-check (first byte, UTF-8 length) that rejects most words without
/// hashing them: the recognizer asks small sets (weekdays, currency codes) about every token.
struct QuickWordSet: Sendable {
    let words: Set<String>
    private let firstBytes: [Bool]
    private let lengths: ClosedRange<Int>
    private let hasEmpty: Bool

    init(_ words: Set<String>) {
        self.words = words
        var first = [Bool](repeating: false, count: 256)
        for word in words { if let b = word.utf8.first { first[Int(b)] = true } }
        firstBytes = first
        let counts = words.map(\.utf8.count)
        lengths = (counts.min() ?? 0)...(counts.max() ?? 0)
        hasEmpty = words.contains("")
    }

    /// Same answer as `words.contains(word)`.
    func contains(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard let b = utf8.first else { return hasEmpty }
        guard firstBytes[Int(b)], lengths.contains(utf8.count) else { return false }
        return words.contains(word)
    }
}
