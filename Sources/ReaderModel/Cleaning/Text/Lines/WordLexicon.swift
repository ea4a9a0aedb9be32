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
        /// A comment action or action-bar word ("reply", "permalink", "flag").
        var isCommentAction = false
        /// Closes a comment header ("says", "wrote").
        var isSaysWord = false
    }

    /// The entities' word hash (FNV-1a over UTF-8 bytes, never 0), so both lexicons agree on a word.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { WordHashTable<Entry>.hash(bytes) }

    static func hash(_ word: String) -> UInt64 { WordHashTable<Entry>.hash(word) }

    /// The entry of the word with this hash. A 64-bit hash over a few hundred known words makes a
    /// false hit practically impossible, so keys are not compared.
    @inline(__always)
    static func entry(hash h: UInt64) -> Entry? { table.value(hash: h) }

    static let creditLabelWords = ["credit", "photograph", "photo", "image", "picture", "photos"]

    private static let table: WordHashTable<Entry> = {
        var table = WordHashTable<Entry>()
        func mark<S: Sequence>(_ words: S, _ flag: WritableKeyPath<Entry, Bool>) where S.Element == String {
            for word in words { table.update(word, initial: Entry()) { $0[keyPath: flag] = true } }
        }
        mark(Stopwords.english, \.isStopword)
        mark(NoiseVocabulary.phraseFirstWords, \.startsPhrase)
        mark(creditLabelWords, \.isCreditLabel)
        mark(LineEvidenceCollector.monthWords, \.isMonth)
        mark(MonthNames.allNames, \.isMonth)
        mark(NoiseVocabulary.exactLineFirstWords, \.startsExactLine)
        mark(MetadataPatterns.bylineFirstWords, \.startsByline)
        mark(CaptionDetector.labelWords, \.isCaptionLabel)
        mark(CaptionDetector.creditEndings.compactMap(\.last), \.endsCredit)
        mark(CommentThreadDetector.coreActionWords.union(CommentThreadDetector.barWords), \.isCommentAction)
        mark(CommentThreadDetector.saysWords, \.isSaysWord)
        mark(MetadataPatterns.knownAgencies.keys.compactMap { WordTokenizer.tokens($0).words.first }, \.startsAgencyName)
        return table
    }()
}
