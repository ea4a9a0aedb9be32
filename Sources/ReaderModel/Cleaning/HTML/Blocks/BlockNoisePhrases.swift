/// `NoiseVocabulary.reason(for:)` for a block, with the positions where a phrase may start and
/// whether the block may be a whole noise line found from the word hashes the tokenizer computes
/// anyway, in a small table of first words: words that start no phrase are not looked up again.
enum BlockNoisePhrases {
    static func reason(for text: String) -> NoiseReason? {
        // The same judgement as `NoiseVocabulary.reason(words:...)`, made on the word hashes the
        // tokenizer computes anyway, so a block makes no String per word. Only a gallery counter
        // ("3 of 12") needs the words' letters; that rare shape is judged on the words themselves.
        let table = firstWords
        let capacity = text.utf8.count + 1
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { hashes -> NoiseReason? in
            var starts = 0
            var mayBeExactLine = false
            let count = WordTokenizer.wordCount(text) { k, h in
                hashes[k] = h
                let flags = table.flags(h)
                if flags == 0 { return }
                if k == 0 { mayBeExactLine = flags & FirstWords.startsExactLine != 0 }
                if table.startsPhrase(flags, at: k) { starts += 1 }
            }
            guard count > 0 else { return nil }
            let words = UnsafeBufferPointer(rebasing: hashes[0..<count])
            if count <= 6, mayBeExactLine, let exact = exactLines[Self.lineHash(words)] { return exact }
            if count >= 3, count <= 6, mayBeExactLine, exactLines[Self.lineHash(UnsafeBufferPointer(rebasing: words.dropLast()))] == .comments,
               endsInCount(text) {
                return .comments
            }
            let sentence = endsSentence(text)
            if count <= 6, !sentence, words[0] == Self.elsewhere { return .related }
            if count <= 4, count >= 3, let of = words.firstIndex(of: Self.of), of > 0, of < count - 1 {
                return slowReason(for: text, endsSentence: sentence)
            }
            if count <= 4, words.contains(where: { Self.commentWords.contains($0) }) { return .comments }
            guard starts > 0 else { return UnspacedLabelPrefix.reason(leadingTextOf: text, wordCount: count, endsSentence: sentence) }
            return phraseReason(words, endsSentence: sentence)
                ?? UnspacedLabelPrefix.reason(leadingTextOf: text, wordCount: count, endsSentence: sentence)
        }
    }

    /// Scores per reason as `NoiseVocabulary.reason` adds them up, with phrases compared by word hash.
    private static func phraseReason(_ words: UnsafeBufferPointer<UInt64>, endsSentence: Bool) -> NoiseReason? {
        let table = firstWords
        return PhraseTally.tallying { tally -> NoiseReason? in
            for i in words.indices {
                guard table.startsPhrase(table.flags(words[i]), at: i),
                      let candidates = NoiseVocabulary.phraseTable.value(hash: words[i]) else { continue }
                for phrase in candidates where (!phrase.anchored || i == 0) && matches(phrase.wordHashes, in: words, at: i) {
                    tally.add(reasonIndex: phrase.reasonIndex, weight: phrase.weight)
                }
            }
            return tally.verdict(wordCount: words.count, endsSentence: endsSentence)
        }
    }

    private static func matches(_ phrase: [UInt64], in words: UnsafeBufferPointer<UInt64>, at i: Int) -> Bool {
        guard i + phrase.count <= words.count else { return false }
        for k in 1..<phrase.count where words[i + k] != phrase[k] { return false }
        return true
    }

    /// The judgement on the words as Strings, for the shapes hashes cannot tell.
    private static func slowReason(for text: String, endsSentence: Bool) -> NoiseReason? {
        var starts: [Int] = []
        var mayBeExactLine = false
        let table = firstWords
        let tokens = WordTokenizer.tokens(text) { k, h in
            let flags = table.flags(h)
            if flags == 0 { return }
            if k == 0 { mayBeExactLine = flags & FirstWords.startsExactLine != 0 }
            if table.startsPhrase(flags, at: k) { starts.append(k) }
        }
        return NoiseVocabulary.reason(words: tokens.words, endsSentence: endsSentence, phraseStarts: starts, mayBeExactLine: mayBeExactLine)
    }

    /// The text's last word is a number ("(7)", "۳"), as `Character.isNumber` tests the last word.
    private static func endsInCount(_ text: String) -> Bool {
        let last = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }).last
        return last.map { !$0.isEmpty && $0.allSatisfy(\.isNumber) } ?? false
    }

    private static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() where scalar != " " && scalar != "\n" {
            return scalar == "." || scalar == "!" || scalar == "?" || ScriptProfile.isUnspacedSentenceEnd(scalar)
        }
        return false
    }

    /// One hash of a line's word hashes in order, as a whole-line table key (`NoiseVocabulary.lineHash`).
    private static func lineHash(_ words: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var h = NoiseVocabulary.lineHashSeed
        for w in words { h = NoiseVocabulary.lineHash(h, w) }
        return h
    }

    /// `NoiseVocabulary.exactLines` by the hash of their words.
    private static var exactLines: [UInt64: NoiseReason] { NoiseVocabulary.exactLines.reasons }

    private static let elsewhere = WordLexicon.hash("elsewhere")
    private static let of = WordLexicon.hash("of")
    private static let commentWords: [UInt64] = ["comments", "comment", "replies"].map(WordLexicon.hash)
        + NoiseVocabulary.foreignCommentWordHashes

    private static let firstWords = FirstWords()

    /// The `WordLexicon.hash` of every word that starts a noise phrase or a whole noise line, in an
    /// open-addressed table of a few kilobytes (one multiply and a probe or two per word).
    private struct FirstWords: Sendable {
        static let startsPhrase: UInt8 = 1
        static let startsExactLine: UInt8 = 2
        /// Starts only phrases anchored at a block's first word ("^read more").
        static let startsAnchoredPhrase: UInt8 = 4
        private var hashes: [UInt64]
        private var flagsOf: [UInt8]
        private let shift: UInt64

        init() {
            var entries: [UInt64: UInt8] = [:]
            for word in NoiseVocabulary.phraseFirstWords {
                let phrases = NoiseVocabulary.phraseTable.value(word) ?? []
                entries[WordLexicon.hash(word), default: 0] |= phrases.allSatisfy(\.anchored) ? Self.startsAnchoredPhrase : Self.startsPhrase
            }
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

        /// Whether a word with `flags` at word position `k` may start a phrase.
        @inline(__always)
        func startsPhrase(_ flags: UInt8, at k: Int) -> Bool {
            flags & Self.startsPhrase != 0 || (k == 0 && flags & Self.startsAnchoredPhrase != 0)
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
