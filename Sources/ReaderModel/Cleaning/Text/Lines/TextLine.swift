/// One non-blank line of a plain-text page copy with the shape features the classifier reads.
// A final class, not a struct: the detectors copy lines out of `[TextLine]` all the time
// (`for line in lines`, `let line = lines[k]`), and a struct copy retains each of its
// reference-counted fields (text, words, phrase starts) where a class copy retains once. Every
// field is a `let`, so sharing an instance behaves exactly like copying the value.
final class TextLine: Sendable {
    /// The line without outer whitespace, a slice of the article text.
    let text: Substring
    /// UTF-8 offset of `text` in the article text.
    let offset: Int
    /// Lowercased word tokens (letters, digits, inner apostrophes normalised to `'`).
    let words: [String]
    /// Tokens that start with an uppercase letter.
    let capitalizedCount: Int
    /// English function words among `words`.
    let stopwordCount: Int
    /// Positions in `words` where a noise phrase may start (looked up once with the stopwords): its
    /// first word starts one, and its second word continues one unless a phrase is that word alone.
    let phraseStarts: [Int]
    /// A 64-bit set of the line's words, one bit per word picked by the top bits of its hash: a line
    /// whose set lacks a bit of another's cannot hold all that line's words, so a rule looking for
    /// a line repeated inside another (`PullQuoteCopy`) compares words only where the sets allow.
    let wordSignature: UInt64
    /// Position of the last photo-credit label word ("photo", "credit"...), if any.
    let lastCreditLabel: Int?
    /// A month name is among the words (cheap test before the date parser).
    let hasMonthWord: Bool
    /// A year from 1990 to 2100 in digits is among the words (`LineEvidenceCollector.years`).
    let hasYearWord: Bool
    /// At least the number of ellipses ("..." or "…") in the line: counted by the tokenizer in
    /// passing, so a rule that needs several ellipses skips lines without a byte scan.
    let ellipsisStarts: Int
    /// What the lexicon knows about the first and the last word (empty entries when nothing).
    let firstWord: WordLexicon.Entry
    let lastWord: WordLexicon.Entry
    /// The first word starts one of the whole-line noise labels ("skip to content", "advertisement").
    var mayBeNoiseLabel: Bool { firstWord.startsExactLine }
    /// The first word starts a known news agency's name ("Reuters", "Associated Press").
    var mayNameAgency: Bool { firstWord.startsAgencyName }
    /// Ends like a sentence (`.`, `!`, `?`, `…`, `。`, `」`..., possibly inside closing quotes or brackets).
    let endsSentence: Bool
    /// The last UTF-8 byte of `text` (nil for an empty text): read once here, where the bytes are at
    /// hand, for the tests that look at a line's last byte (`text.utf8.last` walks a Substring's index).
    let lastByte: UInt8?
    /// Starts with a list bullet (`*`, `•`, `-`, `–`, `·`).
    let isBullet: Bool
    /// A blank line separates it from the previous line.
    let blankBefore: Bool
    /// Index of the physical line in the page (for hand labels and explain output).
    let lineNumber: Int
    /// Physical lines this line spans: more than 1 when hard-wrapped lines were joined.
    let joinedLines: Int
    /// Cells of a table row copied one a line (`CellLineTableJoiner`, `TabCellRowJoiner`); 0 for any other line.
    let lineCells: Int
    /// The text as the document shows it: joined hard-wrapped lines are one paragraph, their breaks
    /// spaces; a table row's cells copied one a line are tab-separated, as a row copied whole is.
    var readText: String {
        guard joinedLines > 1 else { return String(text) }
        return lineCells > 0 ? CellLineTableJoiner.tabbed(text) : WrappedLineJoiner.flattened(text)
    }

    /// Words, with runs of scripts without spaces (Chinese, Japanese, Thai) counted in word units.
    let wordCount: Int
    /// Letters of scripts without spaces; `script.isUnspaced` says the word count is script-aware.
    let script: ScriptProfile
    var stopwordDensity: Double { words.isEmpty ? 0 : Double(stopwordCount) / Double(wordCount) }

    init(text: Substring, offset: Int, blankBefore: Bool, lineNumber: Int, joinedLines: Int = 1, lineCells: Int = 0) {
        self.text = text
        self.joinedLines = joinedLines
        self.lineCells = lineCells
        self.offset = offset
        self.blankBefore = blankBefore
        self.lineNumber = lineNumber
        // One table probe per word, on the hash the tokenizer computes as it emits the word,
        // answers every per-word question ("function word?", "starts a noise phrase?", "credit
        // label?", "month?") without keeping the hashes. The tokenizer is called on the bytes
        // here, not through `WordTokenizer.tokens(_:_:)`, so that the visitor is inlined into its
        // loop rather than called through a closure per word.
        var facts = WordFacts(lexicon: WordLexicon.tables)
        // The first and last bytes come with the tokens, read in the buffer the tokenizer reads.
        let (tokens, firstByte, lastByte) = text.utf8.withContiguousStorageIfAvailable { bytes in
            (WordTokenizer.tokens(bytes: bytes) { facts.visit($0, $1) }, bytes.first, bytes.last)
        } ?? Array(text.utf8).withUnsafeBufferPointer { bytes in
            (WordTokenizer.tokens(bytes: bytes) { facts.visit($0, $1) }, bytes.first, bytes.last)
        }
        self.lastByte = lastByte
        words = tokens.words
        script = tokens.script
        wordCount = tokens.script.wordCount(tokens: tokens.words.count)
        capitalizedCount = tokens.capitalized
        ellipsisStarts = tokens.ellipsisStarts
        stopwordCount = facts.stops
        phraseStarts = facts.starts
        wordSignature = facts.signature
        lastCreditLabel = facts.creditLabel
        hasMonthWord = facts.month
        hasYearWord = facts.year
        firstWord = facts.first
        // The last word's entry only when the last word has one.
        lastWord = facts.lastIndex == tokens.words.count - 1 ? facts.last : WordLexicon.Entry()
        // A CJK line cut off with "..." is a teaser headline, not a finished sentence.
        endsSentence = TextLine.endsLikeSentence(text, lastByte: lastByte)
            && !(tokens.script.ideographic > 0 && ScriptProfile.endsInTruncation(text))
        isBullet = TextLine.startsWithBullet(text, firstByte: firstByte)
    }

    /// What the lexicon says about a line's words, gathered word by word as the tokenizer reads them.
    private struct WordFacts {
        /// The tables read once for the line, not once per word (each static read checks that it is set up).
        let lexicon: WordLexicon.Tables
        var stops = 0
        var starts: [Int] = []
        var creditLabel: Int?
        var month = false
        var year = false
        var first = WordLexicon.Entry()
        var last = WordLexicon.Entry()
        var lastIndex = -1
        var signature: UInt64 = 0
        // The hash of the word before, when it starts only phrases of two or more words: it is a
        // start when this word may be the phrase's second (a line's last word starts none of them).
        var pendingStart: UInt64 = 0

        @inline(__always)
        mutating func visit(_ k: Int, _ h: UInt64) {
            // The hash multiplies last, so its top bits depend on every byte of the word.
            signature |= 1 &<< (h &>> 58)
            if pendingStart != 0 {
                if lexicon.continuesPhrase(pendingStart, h) { starts.append(k - 1) }
                pendingStart = 0
            }
            guard let entry = lexicon.entry(hash: h) else { return }
            if k == 0 { first = entry }
            last = entry
            lastIndex = k
            if entry.isStopword { stops += 1 }
            if entry.startsPhrase {
                if entry.isWholePhrase { starts.append(k) } else { pendingStart = h }
            }
            if entry.isCreditLabel { creditLabel = k }
            if entry.isMonth { month = true }
            if entry.isYear { year = true }
        }
    }

    static func endsLikeSentence(_ text: Substring) -> Bool { endsLikeSentence(text, lastByte: text.utf8.last) }

    /// `endsLikeSentence` with the text's last byte already read (`lastByte`, nil when empty).
    @inline(__always)
    static func endsLikeSentence(_ text: Substring, lastByte: UInt8?) -> Bool {
        // Only a line ending in ")" may close on a sign-off; ")" is a closing mark, so the scalars decide the rest.
        if lastByte == 0x29 { return endsWithSignOff(text) || endsLikeSentenceByScalars(text) }
        // Most lines end in an ASCII byte that is no closing quote or bracket: that byte is the
        // last scalar and settles it, where walking the scalars back cost about 1% of a text page.
        if let last = lastByte, last < 0x80, !isClosingASCII(last) {
            if last == UInt8(ascii: ";") { return GreekQuestionMark.closes(text) }
            return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        }
        return endsLikeSentenceByScalars(text)
    }

    /// `"`, `'`, `)`, `]` or a space: walked over at a line's end.
    @inline(__always)
    private static func isClosingASCII(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x20
    }

    /// The scalar reading `endsLikeSentence` shortens (sign-offs aside).
    static func endsLikeSentenceByScalars(_ text: Substring) -> Bool {
        // Walk back over closing quotes and brackets: `said.”` and `(2023).` both end a sentence.
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case ".", "!", "?", "…": return true
            case "\"", "'", "”", "’", "»", ")", "]", " ": continue
            case "」", "』": return true  // a quoted CJK sentence
            // The Armenian full stop (։), and the Greek question mark when a page kept it as U+037E.
            case "\u{0589}", "\u{037E}": return true
            default:
                if scalar.value < 0x600 { return false }
                if ScriptProfile.isUnspacedSentenceEnd(scalar) { return true }
                if ScriptProfile.isUnspacedClosingMark(scalar) { continue }
                return false
            }
        }
        return false
    }

    /// A sentence closed by an editor's or agency's bracketed initials, as many newsrooms end an
    /// article: "… in Kürze. (bsc)", "… ce soir. (afp/rtr)". Only lower-case letters: a bracketed
    /// name ("(Harbour Authority)") credits a photo (`CaptionDetector`), digits make a time or a count.
    static func endsWithSignOff(_ text: Substring) -> Bool {
        // Read on UTF-8 bytes: this asks every line of every page, and few end in a bracket.
        let utf8 = text.utf8
        guard utf8.last == UInt8(ascii: ")") else { return false }
        var i = utf8.index(before: utf8.endIndex)
        var letters = 1
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            let byte = utf8[i]
            if byte & 0xC0 != 0x80 { letters += 1 }
            guard letters <= 24, byte < 48 || byte > 57, byte < 65 || byte > 90 else { return false }
            guard byte == UInt8(ascii: "(") else { continue }
            guard letters >= 3 else { return false }
            // A space, then the sentence's own end: ". ", "! ", "? " or "… ".
            var j = i
            var spaces = 0
            while j > utf8.startIndex, utf8[utf8.index(before: j)] == UInt8(ascii: " ") { j = utf8.index(before: j); spaces += 1 }
            guard spaces > 0, j > utf8.startIndex else { return false }
            let end = utf8[utf8.index(before: j)]
            if end == UInt8(ascii: ".") || end == UInt8(ascii: "!") || end == UInt8(ascii: "?") { return true }
            return end == 0xA6 && text[..<j].hasSuffix("…")
        }
        return false
    }

    static func startsWithBullet(_ text: Substring) -> Bool { startsWithBullet(text, firstByte: text.utf8.first) }

    /// `startsWithBullet` with the text's first byte already read (`firstByte`, nil when empty).
    @inline(__always)
    static func startsWithBullet(_ text: Substring, firstByte: UInt8?) -> Bool {
        // Of the bullets only `*` and `-` are ASCII: any other ASCII first byte is no bullet.
        guard let lead = firstByte, lead >= 0x80 || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "-") else { return false }
        guard let first = text.unicodeScalars.first else { return false }
        guard ["*", "•", "-", "–", "·", "▪", "►"].contains(first) else { return false }
        let rest = text.unicodeScalars.dropFirst()
        return rest.first == " " || rest.first == "\t"
    }
}

/// Splits text into lowercase word tokens in one pass over its UTF-8 bytes, without regexes.
/// ASCII, Latin-1 and Cyrillic letters are lowercased; other scripts are kept as written.
enum WordTokenizer {
    struct Tokens {
        var words: [String] = []
        var capitalized = 0
        /// Letters of scripts without spaces, for script-aware word counts.
        var script = ScriptProfile()
        /// `words.count`, also counted when the words themselves are not kept.
        var wordCount = 0
        /// Places where an ellipsis ("..." or "…") starts, counted in passing on separator bytes;
        /// a longer run of dots counts more than once (an upper bound on the ellipses).
        var ellipsisStarts = 0
    }

    /// The tokens, with `word(position, hash)` called for each word as it is read (`hash` is
    /// `WordLexicon.hash` of its bytes).
    @inline(__always)
    static func tokens<S: StringProtocol>(_ text: S, _ word: (Int, UInt64) -> Void = { _, _ in }) -> Tokens {
        if let result = text.utf8.withContiguousStorageIfAvailable({ tokens(bytes: $0, word) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { tokens(bytes: $0, word) }
    }

    @inline(__always)
    static func tokens(bytes: UnsafeBufferPointer<UInt8>, _ word: (Int, UInt64) -> Void = { _, _ in }) -> Tokens {
        // Lowercasing keeps every letter's byte length, so a word never outgrows the input; the
        // 16 bytes more let a short word be read as two whole integers (`WordBuffer.string`).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 16) { storage in
            // The words are written into scratch memory and moved into one array of the exact
            // size at the end: appending to a growing array checked its uniqueness and retained
            // each String, a tenth of the tokenizer's cost. A word takes a byte at least and is
            // followed by a separator byte unless it ends the text: at most `count / 2 + 1` words.
            withUnsafeTemporaryAllocation(of: String.self, capacity: bytes.count / 2 + 1) { scratch in
                var buffer = WordBuffer(storage: storage)
                var result = tokens(bytes: bytes, buffer: &buffer, words: scratch.baseAddress!, word)
                let count = result.wordCount
                if count > 0 {
                    result.words = Array(unsafeUninitializedCapacity: count) { target, initialized in
                        // A move, as one copy of the bytes: the scratch Strings are never used or
                        // deinitialized again (an element-wise move cost about 45 instructions a word).
                        UnsafeMutableRawPointer(target.baseAddress!)
                            .copyMemory(from: UnsafeRawPointer(scratch.baseAddress!), byteCount: count * MemoryLayout<String>.stride)
                        initialized = count
                    }
                }
                return result
            }
        }
    }

    /// The String of a word's bytes (valid UTF-8), validated as `String(decoding:as:)` would: the
    /// way for words `SmallASCIIString` does not make (longer ones, other scripts).
    @inline(__always)
    static func string(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: word.count) { target in
            _ = target.initialize(fromContentsOf: word)
            return word.count
        }
    }

    /// The number of words, with `word(position, hash)` called for each as `tokens` would, but
    /// without making a String per word (for callers that judge most texts by hashes alone).
    @inline(__always)
    static func wordCount(_ text: String, _ word: (Int, UInt64) -> Void) -> Int {
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 16) { storage in
                var buffer = WordBuffer(storage: storage)
                return tokens(bytes: bytes, buffer: &buffer, words: nil, word).wordCount
            }
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(count) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(count)
    }

    /// The bytes of the word being read, in scratch memory reused for every word of a line, with
    /// their `WordLexicon.hash` folded in as they come (no second pass over the word).
    private struct WordBuffer {
        let storage: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        /// FNV-1a state over all `count` bytes.
        private var state: UInt64 = WordHashTable<Bool>.hashSeed
        /// Bytes up to the last one that is not an apostrophe, and the hash state there: a
        /// trailing apostrophe (readers') is not part of the word.
        private(set) var keptCount = 0
        private var keptState: UInt64 = WordHashTable<Bool>.hashSeed
        /// Whether `string` may build short ASCII words inline (`SmallASCIIString.isAvailable`, read once).
        private let buildsInline: Bool
        /// `storage` holds at least 16 bytes, the first 16 set to zero.
        init(storage: UnsafeMutableBufferPointer<UInt8>) {
            self.storage = storage
            storage.baseAddress!.initialize(repeating: 0, count: 16)
            buildsInline = SmallASCIIString.isAvailable
        }
        var isEmpty: Bool { count == 0 }
        /// A letter byte (any byte of a letter's UTF-8 sequence).
        @inline(__always) mutating func append(_ byte: UInt8) {
            storage[count] = byte
            count += 1
            state = WordHashTable<Bool>.hashStep(state, byte)
            keptCount = count
            keptState = state
        }
        /// The run of ASCII letters and digits at `start` (lowercased), in one tight loop: most
        /// bytes of most pages are these, and the general loop keeps its state in memory.
        /// Returns the index past the run.
        @inline(__always) mutating func appendASCIIRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var i = start
            var c = count
            var h = state
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let lower = b | 0x20
                let letter: UInt8
                if lower &- 97 < 26 {  // A-Z, a-z
                    letter = lower
                } else if b &- 48 < 10 {  // 0-9
                    letter = b
                } else {
                    break
                }
                storage[c] = letter
                c &+= 1
                h = WordHashTable<Bool>.hashStep(h, letter)
                i &+= 1
            }
            count = c
            state = h
            keptCount = c
            keptState = h
            return i
        }
        /// An apostrophe inside the word, dropped if nothing follows it.
        @inline(__always) mutating func appendApostrophe() {
            storage[count] = 39
            count += 1
            state = WordHashTable<Bool>.hashStep(state, 39)
        }
        /// The word without trailing apostrophes.
        var word: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<keptCount]) }
        /// Initializes the word's String at `target`. A short ASCII word (most words) is read as the
        /// two integers at the start of `storage`, bytes past the word masked off, and written
        /// inline as they are (no String value made, so none retained); any other is built by
        /// `WordTokenizer.string`, to the same String.
        @inline(__always) func initializeString(at target: UnsafeMutablePointer<String>) {
            let count = keptCount
            if buildsInline, count <= SmallASCIIString.maximumCount {
                let raw = UnsafeRawPointer(storage.baseAddress!)
                var low = raw.loadUnaligned(as: UInt64.self)
                var high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                if count < 8 {
                    low &= (1 << (8 * UInt64(count))) &- 1
                    high = 0
                } else {
                    high &= (1 << (8 * UInt64(count - 8))) &- 1
                }
                if (low | high) & 0x8080_8080_8080_8080 == 0 {
                    SmallASCIIString.initialize(target, low: low, high: high, count: count)
                    return
                }
            }
            target.initialize(to: WordTokenizer.string(word))
        }
        /// `WordLexicon.hash(word)`.
        var wordHash: UInt64 { WordHashTable<Bool>.hashFinal(keptState) }
        @inline(__always) mutating func clear() {
            count = 0
            keptCount = 0
            state = WordHashTable<Bool>.hashSeed
            keptState = state
        }
    }

    @inline(__always)
    private static func tokens(bytes: UnsafeBufferPointer<UInt8>, buffer: inout WordBuffer, words: UnsafeMutablePointer<String>?,
                               _ visit: (Int, UInt64) -> Void) -> Tokens {
        // `words`, when given, has room for `bytes.count / 2 + 1` Strings; the words are
        // initialized there in order (`result.words` stays empty), and the caller owns them.
        var result = Tokens()
        var startsUpper = false
        var unspaced = false
        var nonASCII = false
        func flush() {
            if buffer.keptCount > 0 {
                let hash = buffer.wordHash
                visit(result.wordCount, hash)
                if let words { buffer.initializeString(at: words + result.wordCount) }
                result.wordCount += 1
                if startsUpper { result.capitalized += 1 }
                if unspaced { result.script.unspacedTokens += 1 }
                if nonASCII { result.script.nonASCIIWords += 1 }
            }
            if !buffer.isEmpty { buffer.clear() }
            unspaced = false
            nonASCII = false
        }
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b | 0x20) &- 97 < 26 || b &- 48 < 10 {  // A-Z, a-z, 0-9
                    if buffer.isEmpty { startsUpper = b &- 65 < 26 }
                    i = buffer.appendASCIIRun(bytes, from: i)
                    continue
                } else if b == 39, !buffer.isEmpty {
                    buffer.appendApostrophe()
                } else {
                    if b == 0x2E, i + 2 < n, bytes[i + 1] == 0x2E, bytes[i + 2] == 0x2E { result.ellipsisStarts += 1 }
                    flush()
                }
                i += 1
                continue
            }
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            // Every separator below ends up at the one `flush` after the branches: each call site
            // of `flush` is a copy of it, and with a few more the compiler calls it out of line.
            var separates = false
            if i + length > n || length == 1 {
                separates = true
                length = 1
            } else if b == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                // ’ inside a word is an apostrophe.
                if !buffer.isEmpty { buffer.appendApostrophe() }
            } else if b &- 0xE0 < 2 || b &- 0xD5 < 2 {
                // Armenian, Indic, Thai, Myanmar, Khmer, Ethiopic, Vietnamese capitals: out of line.
                separates = readRareScript(bytes, at: i, buffer: &buffer, startsUpper: &startsUpper,
                                           unspaced: &unspaced, nonASCII: &nonASCII, script: &result.script)
            } else if b >= 0xE3, b <= 0xE9,
                      let kind = ScriptProfile.unspacedKind(lead: b, second: bytes[i + 1], third: bytes[i + 2]) {
                // Ideographs and kana: kept as written, counted for word units.
                appendUnspaced(bytes, at: i, kind: kind, buffer: &buffer, startsUpper: &startsUpper,
                               unspaced: &unspaced, script: &result.script)
            } else if b >= 0xF0 || b == 0xE2 || b == 0xE3 || b == 0xEF || b == 0xC2 {
                // Emoji, punctuation, quotes, dashes, currency, no-break space, «, ©: separators;
                // Georgian's old letters and Tifinagh among them are letters, read out of line.
                if b == 0xE2, bytes[i + 1] &- 0xB4 < 2 {
                    separates = readTifinagh(bytes, at: i, buffer: &buffer, startsUpper: &startsUpper, nonASCII: &nonASCII)
                } else if b == 0xF0, bytes[i + 1] == 0x9E, bytes[i + 2] &- 0xA4 < 2 {
                    separates = readAdlam(bytes, at: i, buffer: &buffer, startsUpper: &startsUpper, nonASCII: &nonASCII)
                } else {
                    if b == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 { result.ellipsisStarts += 1 }
                    separates = true
                }
            } else if b == 0xEA, bytes[i + 1] == 0xAF, bytes[i + 2] &- 0xAB < 2 {
                // Meetei Mayek's cheikhei ꯫ and lum iyek ꯬ (its full stop and comma) follow a word unspaced.
                separates = true
            } else {
                let second = bytes[i + 1]
                var first = b
                var next = second
                var upper = false
                var done = false
                if b == 0xC3, second >= 0x80, second <= 0x9E, second != 0x97 {  // À-Þ
                    next = second + 0x20
                    upper = true
                } else if b == 0xD0, second >= 0x90, second <= 0xAF {  // А-Я
                    if second >= 0xA0 { first = 0xD1; next = second - 0x20 } else { next = second + 0x20 }
                    upper = true
                } else if b == 0xD0, second >= 0x80, second <= 0x8F {  // Ѐ-Џ
                    first = 0xD1
                    next = second + 0x10
                    upper = true
                } else if length == 2, LetterFolding.mayFold(lead: b) {
                    switch LetterFolding.fold(lead: b, second: second) {
                    case .keep: break
                    case let .letter(lead, trail, isUpper): first = lead; next = trail; upper = isUpper
                    case let .ascii(letter):
                        if buffer.isEmpty { startsUpper = true }
                        buffer.append(letter)
                        done = true
                    case .skip:
                        done = true
                    }
                }
                if !done {
                    if buffer.isEmpty { startsUpper = upper }
                    nonASCII = true
                    buffer.append(first)
                    buffer.append(next)
                    var k = 2
                    while k < length { buffer.append(bytes[i + k]); k += 1 }
                }
            }
            if separates { flush() }
            i += length
        }
        flush()
        return result
    }

    /// Georgian's old letters and Tifinagh (U+2D00-2D6F: Tamazight), the letters beside the
    /// punctuation blocks of lead byte E2: kept as written. Tifinagh's separator (U+2D70) and
    /// joiner separate. Returns whether the character separates words.
    @inline(never)
    private static func readTifinagh(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, buffer: inout WordBuffer,
                                     startsUpper: inout Bool, nonASCII: inout Bool) -> Bool {
        guard bytes[i + 1] == 0xB4 || bytes[i + 2] < 0xB0 else { return true }
        if buffer.isEmpty { startsUpper = false }
        nonASCII = true
        buffer.append(bytes[i])
        buffer.append(bytes[i + 1])
        buffer.append(bytes[i + 2])
        return false
    }

    /// Adlam (U+1E900-1E95F: Fulfulde), an alphabet outside the Basic Multilingual Plane whose lead
    /// byte the loop reads as an emoji's: capitals folded to small letters, the vowel lengtheners,
    /// gemination mark and digits kept inside the word; the marks that open a question or an
    /// exclamation (and the unassigned points) separate. Returns whether the character separates words.
    @inline(never)
    private static func readAdlam(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, buffer: inout WordBuffer,
                                  startsUpper: inout Bool, nonASCII: inout Bool) -> Bool {
        let scalar = 0x1E000 + (UInt32(bytes[i + 2] & 0x3F) << 6) + UInt32(bytes[i + 3] & 0x3F)
        guard scalar <= 0x1E94B || scalar &- 0x1E950 < 10 else { return true }
        let upper = scalar <= 0x1E921
        let folded = upper ? scalar + 0x22 : scalar
        if buffer.isEmpty { startsUpper = upper }
        nonASCII = true
        buffer.append(0xF0)
        buffer.append(0x9E)
        buffer.append(UInt8(0x80 | (folded >> 6) & 0x3F))
        buffer.append(UInt8(0x80 | folded & 0x3F))
        return false
    }

    /// A letter of a script without spaces: kept as written, counted for word units.
    @inline(__always)
    private static func appendUnspaced(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, kind: ScriptProfile.UnspacedKind,
                                       buffer: inout WordBuffer, startsUpper: inout Bool, unspaced: inout Bool,
                                       script: inout ScriptProfile) {
        let b = bytes[i]
        if buffer.isEmpty { startsUpper = false }
        if kind == .ideographic {
            script.ideographic += 1
        } else if !ScriptProfile.isSoutheastAsianMark(lead: b, second: bytes[i + 1], third: bytes[i + 2]) {
            script.southeastAsian += 1
        }
        unspaced = true
        buffer.append(b)
        buffer.append(bytes[i + 1])
        buffer.append(bytes[i + 2])
    }

    /// A character with lead byte `D5`/`D6` (Armenian) or `E0`/`E1` (Indic, Thai, Lao, Myanmar,
    /// Khmer, Georgian, Ethiopic, Latin Extended Additional), whole inside `bytes`: read here, out of
    /// the tokenizer's loop, because these scripts are rare on most pages and their tests made the
    /// loop too large for the compiler to keep the word appends and `flush` inline. Appends the
    /// letter (folded) to `buffer`, or returns true when the character separates words.
    @inline(never)
    private static func readRareScript(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, buffer: inout WordBuffer,
                                       startsUpper: inout Bool, unspaced: inout Bool, nonASCII: inout Bool,
                                       script: inout ScriptProfile) -> Bool {
        let b = bytes[i]
        let second = bytes[i + 1]
        guard b >= 0xE0 else {
            // Armenian: its stops, commas and marks (։ ՝ ՞) follow a word without a space.
            if ArmenianLetters.isPunctuation(lead: b, second: second) { return true }
            var first = b
            var next = second
            var upper = false
            // The loop's two-byte fold, repeated here on purpose: a shared helper put back into the loop
            // is what made it too large to keep the appends inline.
            if LetterFolding.mayFold(lead: b) {
                switch LetterFolding.fold(lead: b, second: second) {
                case .keep: break
                case let .letter(lead, trail, isUpper): first = lead; next = trail; upper = isUpper
                case let .ascii(letter):
                    if buffer.isEmpty { startsUpper = true }
                    buffer.append(letter)
                    return false
                case .skip:
                    return false
                }
            }
            if buffer.isEmpty { startsUpper = upper }
            nonASCII = true
            buffer.append(first)
            buffer.append(next)
            return false
        }
        let third = bytes[i + 2]
        // The stops, commas and colons of Myanmar, Khmer and Ethiopic, inside their letters' blocks.
        if b == 0xE1, ScriptProfile.isOwnPunctuation(second: second, third: third) { return true }
        if b == 0xE0, second == 0xBC, ScriptProfile.isTibetanPunctuation(third: third) { return true }
        if let kind = ScriptProfile.unspacedKind(lead: b, second: second, third: third) {
            // Thai, Lao, Tibetan, Myanmar and Khmer letters.
            appendUnspaced(bytes, at: i, kind: kind, buffer: &buffer, startsUpper: &startsUpper,
                           unspaced: &unspaced, script: &script)
            return false
        }
        if b == 0xE1, let lower = LetterFolding.latinAdditionalLower(second: second, third: third) {
            if buffer.isEmpty { startsUpper = true }
            nonASCII = true
            buffer.append(b)
            buffer.append(second)
            buffer.append(lower)
            return false
        }
        if b == 0xE0, second == 0xA4 || second == 0xA5 {
            switch LetterFolding.devanagari(second: second, third: third) {
            case .keep: break
            case .skip: return false
            case .separator: return true
            case let .letter(base, trail):
                if buffer.isEmpty { startsUpper = false }
                buffer.append(0xE0)
                buffer.append(base)
                buffer.append(trail)
                return false
            }
        }
        if buffer.isEmpty { startsUpper = false }
        nonASCII = true
        buffer.append(b)
        buffer.append(second)
        buffer.append(third)
        return false
    }
}
