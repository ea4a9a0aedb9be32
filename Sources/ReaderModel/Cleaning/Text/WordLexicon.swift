/// What the cleaner needs to know about a single word (English function word, first word of a
/// noise phrase or noise line, photo-credit label, month name) in one table, probed once per word with a hash
/// the tokenizer computes on the word's bytes, so no `String` is hashed on the hot path.
enum WordLexicon {
    struct Entry: Sendable {
        var isStopword = false
        var startsPhrase = false
        var isCreditLabel = false
        var isMonth = false
        var startsExactLine = false
        var startsAgencyName = false
        var startsByline = false
        var isCaptionLabel = false
        var endsCredit = false
    }

    /// The entities' word hash (FNV-1a over UTF-8 bytes, never 0), so both lexicons agree on a word.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { WordHashTable<Entry>.hash(bytes) }

    static func hash(_ word: String) -> UInt64 { WordHashTable<Entry>.hash(word) }

    /// The entry of the word with this hash. A 64-bit hash over a few hundred known words makes a
    /// false hit practically impossible, so keys are not compared as strings.
    @inline(__always)
    static func entry(hash h: UInt64) -> Entry? {
        let table = WordLexicon.table
        var slot = Int(truncatingIfNeeded: ((h ^ (h >> 31)) &* 0x9e37_79b9_7f4a_7c15) >> 40) & table.mask
        while true {
            let key = table.keys[slot]
            if key == h { return table.entries[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & table.mask
        }
    }

    private struct Table: Sendable {
        var keys: [UInt64]
        var entries: [Entry]
        var mask: Int
    }

    static let creditLabelWords = ["credit", "photograph", "photo", "image", "picture", "photos"]

    private static let table: Table = {
        var byWord: [String: Entry] = [:]
        for word in Stopwords.english { byWord[word, default: Entry()].isStopword = true }
        for word in NoiseVocabulary.phrasesByFirstWord.keys { byWord[word, default: Entry()].startsPhrase = true }
        for word in creditLabelWords { byWord[word, default: Entry()].isCreditLabel = true }
        for word in LineEvidenceCollector.monthWords { byWord[word, default: Entry()].isMonth = true }
        for word in NoiseVocabulary.exactLineFirstWords { byWord[word, default: Entry()].startsExactLine = true }
        for word in MetadataPatterns.bylineFirstWords { byWord[word, default: Entry()].startsByline = true }
        for word in CaptionDetector.labelWords { byWord[word, default: Entry()].isCaptionLabel = true }
        for ending in CaptionDetector.creditEndings { if let last = ending.last { byWord[last, default: Entry()].endsCredit = true } }
        for name in MetadataPatterns.knownAgencies.keys {
            if let word = WordTokenizer.tokens(name).words.first { byWord[word, default: Entry()].startsAgencyName = true }
        }
        var size = 64
        while size < byWord.count * 4 { size *= 2 }
        var table = Table(keys: Array(repeating: 0, count: size), entries: Array(repeating: Entry(), count: size), mask: size - 1)
        for (word, entry) in byWord {
            let h = hash(word)
            var slot = Int(truncatingIfNeeded: ((h ^ (h >> 31)) &* 0x9e37_79b9_7f4a_7c15) >> 40) & table.mask
            while table.keys[slot] != 0 && table.keys[slot] != h { slot = (slot + 1) & table.mask }
            table.keys[slot] = h
            table.entries[slot] = entry
        }
        return table
    }()
}
