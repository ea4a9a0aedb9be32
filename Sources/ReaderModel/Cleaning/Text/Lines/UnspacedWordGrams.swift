/// Words of scripts written without spaces (Chinese, Japanese, Thai) are whole runs of text to the
/// tokenizer: a headline is one "word" and the paragraph that retells it another, so comparing
/// their first bytes says nothing. Their overlapping letter n-grams (pairs of ideographs, triples
/// of Thai letters) do meet: a headline shares most of its pairs with the paragraphs it heads.
enum UnspacedWordGrams {
    /// The word holds letters of a script without spaces.
    @inline(__always)
    static func isUnspaced(_ word: String) -> Bool {
        var utf8 = word.utf8.makeIterator()
        while let b = utf8.next() {
            guard b >= 0xE0, b <= 0xE9 else { continue }
            if let second = utf8.next(), let third = utf8.next(),
               ScriptProfile.unspacedKind(lead: b, second: second, third: third) != nil { return true }
        }
        return false
    }

    /// Calls `visit` with the hash of each n-gram of the word's letters: pairs for ideographs and
    /// kana, triples for Thai-like scripts (whose letters and marks carry less each). A word
    /// shorter than one n-gram is hashed whole.
    static func forEachGram(_ word: String, _ visit: (UInt64) -> Void) {
        var southeastAsian = false
        var count = 0
        for s in word.unicodeScalars {
            count += 1
            if (0x0E00...0x0EFF).contains(s.value) || (0x1000...0x109F).contains(s.value) || (0x1780...0x17FF).contains(s.value) {
                southeastAsian = true
            }
        }
        let n = southeastAsian ? 3 : 2
        // The last n scalars in a small ring, hashed at each step: no array per word.
        var ring: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var seen = 0
        for s in word.unicodeScalars {
            ring = (ring.1, ring.2, s.value)
            seen += 1
            if seen >= n { visit(n == 3 ? mix(mix(mix(seed, ring.0), ring.1), ring.2) : mix(mix(seed, ring.1), ring.2)) }
        }
        // Shorter than one n-gram: the whole word.
        if count < n { visit(count == 2 ? mix(mix(seed, ring.1), ring.2) : mix(seed, ring.2)) }
    }

    /// FNV-1a over the scalars' values, kept apart from the byte stems of spaced words by its seed.
    private static let seed: UInt64 = 0x8422_2325_cbf2_9ce4

    @inline(__always)
    private static func mix(_ h: UInt64, _ value: UInt32) -> UInt64 {
        (h ^ UInt64(value)) &* 0x100_0000_01b3
    }
}
