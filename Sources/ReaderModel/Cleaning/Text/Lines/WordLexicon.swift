/// What the cleaner needs to know about a single word (English function word, first word of a
/// noise phrase or noise line, photo-credit label, month name, year) in one table, probed once per word with a hash
/// the tokenizer computes on the word's bytes, so no `String` is hashed on the hot path.
enum WordLexicon {
    // The flags are bits of one integer: the tokenizer copies the first and the last word's entry
    // and reads one per word, and an optional of eleven `Bool`s cost a byte copy each. The getters
    // are always inlined: in the tokenizer's large loop the optimiser left them as calls.
    struct Entry: Sendable {
        private var bits: UInt16 = 0
        @inline(__always) private func bit(_ k: UInt16) -> Bool { bits & (1 << k) != 0 }
        @inline(__always) private mutating func setBit(_ k: UInt16, _ on: Bool) { if on { bits |= 1 << k } else { bits &= ~(1 << k) } }

        var isStopword: Bool { @inline(__always) get { bit(0) } set { setBit(0, newValue) } }
        var startsPhrase: Bool { @inline(__always) get { bit(1) } set { setBit(1, newValue) } }
        var isCreditLabel: Bool { @inline(__always) get { bit(2) } set { setBit(2, newValue) } }
        var isMonth: Bool { @inline(__always) get { bit(3) } set { setBit(3, newValue) } }
        var startsExactLine: Bool { @inline(__always) get { bit(4) } set { setBit(4, newValue) } }
        var startsAgencyName: Bool { @inline(__always) get { bit(5) } set { setBit(5, newValue) } }
        var startsByline: Bool { @inline(__always) get { bit(6) } set { setBit(6, newValue) } }
        var isCaptionLabel: Bool { @inline(__always) get { bit(7) } set { setBit(7, newValue) } }
        var endsCredit: Bool { @inline(__always) get { bit(8) } set { setBit(8, newValue) } }
        /// A comment action or action-bar word ("reply", "permalink", "flag").
        var isCommentAction: Bool { @inline(__always) get { bit(9) } set { setBit(9, newValue) } }
        /// Closes a comment header ("says", "wrote").
        var isSaysWord: Bool { @inline(__always) get { bit(10) } set { setBit(10, newValue) } }
        /// A noise phrase of this one word exists (others need their second word: `continuesPhrase`).
        var isWholePhrase: Bool { @inline(__always) get { bit(11) } set { setBit(11, newValue) } }
        /// A year from 1990 to 2100 in digits (`LineEvidenceCollector.years`).
        var isYear: Bool { @inline(__always) get { bit(12) } set { setBit(12, newValue) } }
    }

    /// Both tables, for a caller that probes many words in a row: each read of a static table
    /// checks that it is set up, a cost per word that this copy pays once.
    // A class: each line's tokenizer holds the tables, and a copy of a struct of two tables
    // retained and released their four arrays (about 2% of `TextLine.init`); a class reference is one.
    final class Tables: Sendable {
        fileprivate let words: WordHashTable<Entry>
        fileprivate let pairs: WordHashTable<Bool>
        fileprivate init(words: WordHashTable<Entry>, pairs: WordHashTable<Bool>) {
            self.words = words
            self.pairs = pairs
        }
        /// `WordLexicon.entry(hash:)`.
        @inline(__always) func entry(hash h: UInt64) -> Entry? { words.value(hash: h) }
        /// `WordLexicon.continuesPhrase(_:_:)`.
        @inline(__always) func continuesPhrase(_ first: UInt64, _ second: UInt64) -> Bool {
            pairs.value(hash: WordLexicon.pairKey(first, second)) != nil
        }
    }

    /// One static for both: every read of a static checks once that it is set up, and this is
    /// read for every line.
    static let tables = Tables(words: table, pairs: phrasePairs)

    /// Whether some noise phrase opens with the words of hashes `first` and `second`: a word that
    /// starts only phrases of two or more words can start a match only before one of these, so the
    /// tokenizer lists it as a phrase start only then (`NoiseVocabulary.reason` scores each start).
    /// Compared by hashes alone: a collision only keeps a start that then matches nothing.
    @inline(__always)
    static func continuesPhrase(_ first: UInt64, _ second: UInt64) -> Bool {
        phrasePairs.value(hash: pairKey(first, second)) != nil
    }

    @inline(__always)
    fileprivate static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let h = ((first << 7) | (first >> 57)) &* 0x9E37_79B9_7F4A_7C15 ^ second
        return h == 0 ? 1 : h
    }

    private static let phrasePairs: WordHashTable<Bool> = {
        var table = WordHashTable<Bool>()
        for phrase in NoiseVocabulary.phrases where phrase.words.count >= 2 {
            let key = pairKey(hash(phrase.words[0]), hash(phrase.words[1]))
            withUnsafeBytes(of: key) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                table.update(bytes, hash: key, initial: true) { _ in }
            }
        }
        return table
    }()

    /// The entities' word hash (FNV-1a over UTF-8 bytes, never 0), so both lexicons agree on a word.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { WordHashTable<Entry>.hash(bytes) }

    static func hash(_ word: String) -> UInt64 { WordHashTable<Entry>.hash(word) }

    /// The entry of the word with this hash. A 64-bit hash over a few hundred known words makes a
    /// false hit practically impossible, so keys are not compared.
    @inline(__always)
    static func entry(hash h: UInt64) -> Entry? { table.value(hash: h) }

    /// English and the photo labels of other languages ("Foto:", "Ảnh:", "Фото:"); a line is a
    /// caption only when the label stands with its colon near the end (`CaptionDetector`).
    static let creditLabelWords = ["credit", "photograph", "photo", "image", "picture", "photos"]
        + CaptionDetector.foreignCreditLabelWords

    private static let table: WordHashTable<Entry> = {
        var table = WordHashTable<Entry>()
        func mark<S: Sequence>(_ words: S, _ flag: WritableKeyPath<Entry, Bool>) where S.Element == String {
            for word in words { table.update(word, initial: Entry()) { $0[keyPath: flag] = true } }
        }
        mark(Stopwords.english, \.isStopword)
        mark(NoiseVocabulary.phraseFirstWords, \.startsPhrase)
        mark(NoiseVocabulary.phrases.filter { $0.words.count == 1 }.map { $0.words[0] }, \.isWholePhrase)
        mark(creditLabelWords, \.isCreditLabel)
        mark(LineEvidenceCollector.monthWords, \.isMonth)
        mark(MonthNames.allNames, \.isMonth)
        mark(MonthNames.yorubaMonthWords, \.isMonth)
        mark(LineEvidenceCollector.yearWords, \.isYear)
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
