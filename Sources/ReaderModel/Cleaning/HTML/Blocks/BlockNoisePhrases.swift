/// `NoiseVocabulary.reason(for:)` for a block, with the positions where a phrase may start and
/// whether the block may be a whole noise line found from the word hashes the tokenizer computes
/// anyway, in a small table of first words: words that start no phrase are not looked up again.
enum BlockNoisePhrases {
    static func reason(for text: String) -> NoiseReason? {
        var starts: [Int] = []
        var mayBeExactLine = false
        let table = firstWords
        let tokens = WordTokenizer.tokens(text) { k, h in
            let flags = table.flags(h)
            if flags == 0 { return }
            if k == 0 { mayBeExactLine = flags & FirstWords.startsExactLine != 0 }
            if flags & FirstWords.startsPhrase != 0 { starts.append(k) }
        }
        var sentence = false
        for scalar in text.unicodeScalars.reversed() where scalar != " " && scalar != "\n" {
            sentence = scalar == "." || scalar == "!" || scalar == "?"
            break
        }
        return NoiseVocabulary.reason(words: tokens.words, endsSentence: sentence, phraseStarts: starts, mayBeExactLine: mayBeExactLine)
    }

    private static let firstWords = FirstWords()

    /// The `WordLexicon.hash` of every word that starts a noise phrase or a whole noise line, in an
    /// open-addressed table of a few kilobytes (one multiply and a probe or two per word).
    private struct FirstWords: Sendable {
        static let startsPhrase: UInt8 = 1
        static let startsExactLine: UInt8 = 2
        private var hashes: [UInt64]
        private var flagsOf: [UInt8]
        private let shift: UInt64

        init() {
            var entries: [UInt64: UInt8] = [:]
            for h in NoiseVocabulary.phrasesByFirstWordHash.keys { entries[h, default: 0] |= Self.startsPhrase }
            for word in NoiseVocabulary.exactLineFirstWords { entries[WordLexicon.hash(word), default: 0] |= Self.startsExactLine }
            var bits: UInt64 = 4
            while (1 << bits) < entries.count * 4 { bits += 1 }
            shift = 64 - bits
            hashes = [UInt64](repeating: 0, count: 1 << bits)
            flagsOf = [UInt8](repeating: 0, count: 1 << bits)
            let mask = (1 << Int(bits)) - 1
            for (h, flags) in entries {
                var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while hashes[i] != 0 { i = (i + 1) & mask }
                hashes[i] = h
                flagsOf[i] = flags
            }
        }

        /// The flags of the word with hash `h` (never 0), 0 when it starts nothing.
        @inline(__always)
        func flags(_ h: UInt64) -> UInt8 {
            let mask = hashes.count - 1
            var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let stored = hashes[i]
                if stored == h { return flagsOf[i] }
                if stored == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }
}
