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
            if let second = utf8.next(), ScriptProfile.unspacedKind(lead: b, second: second) != nil { return true }
        }
        return false
    }

    /// Calls `visit` with the hash of each n-gram of the word's letters: pairs for ideographs and
    /// kana, triples for Thai-like scripts (whose letters and marks carry less each). A word
    /// shorter than one n-gram is hashed whole.
    static func forEachGram(_ word: String, _ visit: (UInt64) -> Void) {
        let scalars = Array(word.unicodeScalars)
        let southeastAsian = scalars.contains { (0x0E00...0x0EFF).contains($0.value) || (0x1000...0x109F).contains($0.value)
            || (0x1780...0x17FF).contains($0.value) }
        let n = southeastAsian ? 3 : 2
        guard scalars.count > n else {
            visit(hash(scalars[...]))
            return
        }
        for start in 0...(scalars.count - n) { visit(hash(scalars[start..<(start + n)])) }
    }

    /// FNV-1a over the scalars' values, kept apart from the byte stems of spaced words by its seed.
    private static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0x8422_2325_cbf2_9ce4
        for s in scalars {
            h = (h ^ UInt64(s.value)) &* 0x100_0000_01b3
        }
        return h
    }
}
