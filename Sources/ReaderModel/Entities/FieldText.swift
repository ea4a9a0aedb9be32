/// One field's text, tokens, what the lexicon says of each token and whether each starts a sentence.
struct FieldText {
    var field: DocumentField
    var text: String
    var tokens: [Token]
    /// `EntityLexicon` facts per token (empty for numbers), looked up once here.
    var facts: [EntityLexicon.Facts]
    /// `WordHashTable` hash of each ASCII token as written (0 for numbers and non-ASCII tokens), from the lexicon lookup.
    var hashes: [UInt64]
    var sentenceStart: [Bool]
    /// Headline casing: every word capitalised or all caps, so capitals say little.
    var shouty: Bool

    init(field: DocumentField, text: String) {
        self.field = field
        self.text = text
        tokens = Tokenizer.tokenize(text)
        (facts, hashes) = FieldText.lookUp(tokens, in: text)
        sentenceStart = FieldText.sentenceStarts(tokens, facts, in: text)
        let tokens = self.tokens, facts = self.facts
        // A sentence (ends with a full stop, or is long) is never a Title Case headline.
        let endsSentence = tokens.last.map { $0.is(".") } ?? false
        // Title Case or ALL CAPS lines: capitals there are typography, not names. A line of names
        // ("Scorers : Alan Shearer , Les Ferdinand") is not Title Case: its words are not dictionary words.
        // The word lookups run only when the cheap tests leave Title Case possible (most fields are sentences).
        var titleCase = false
        if !endsSentence {
            var words = 0, capital = 0
            for (i, t) in tokens.enumerated() where t.kind == .word && !facts[i].has(.stopword) {
                words += 1
                if t.isCapitalised { capital += 1 }
                if words > 20 { break }
            }
            if words >= 4 && words <= 20 && capital * 10 >= words * 9 {
                var commonCapitals = 0
                for (i, t) in tokens.enumerated() where t.kind == .word && t.isCapitalised && !t.isAllCaps && facts[i].has(.commonWord) {
                    commonCapitals += 1
                }
                titleCase = commonCapitals * 2 >= capital
            }
        }
        // ALL CAPS counted over every word, function words too ("MORE NEWS").
        var allWords = 0, shouted = 0
        for t in tokens where t.kind == .word && t.characterCount(in: text) > 1 {
            allWords += 1
            if t.isAllCaps { shouted += 1 }
        }
        shouty = titleCase || (allWords >= 2 && shouted * 10 >= allWords * 8)
    }

    /// The text of token `i`.
    func text(_ i: Int) -> String {
        let t = tokens[i]
        return withBytes { String(decoding: UnsafeBufferPointer(rebasing: $0[t.start..<t.end]), as: UTF8.self) }
    }

    /// `text(i).count`, from the bytes when the tokenizer knew it.
    func characterCount(_ i: Int) -> Int {
        tokens[i].characterCount(in: text)
    }

    /// Token `i` is exactly `word` (bytes compared: the same as `String ==` for the ASCII words asked about).
    func token(_ i: Int, is word: StaticString) -> Bool {
        let t = tokens[i]
        guard t.end - t.start == word.utf8CodeUnitCount else { return false }
        return withBytes { bytes in
            let literal = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            return literal.elementsEqual(UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]))
        }
    }

    /// Calls `body` with the field's UTF-8 bytes (native strings are contiguous: no copy).
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static let openers: Set<String> = ["“", "\"", "‘", "'", "(", "[", "*", "•", "–", "—", "-", "«", "·", "/", "|", ">"]
    static let enders: Set<String> = [".", "!", "?", ":", ";", "…"]

    /// Lexicon facts of every token but numbers, probed on the text's bytes, and the tokens' hashes.
    static func lookUp(_ tokens: [Token], in text: String) -> ([EntityLexicon.Facts], [UInt64]) {
        var result = [EntityLexicon.Facts](repeating: EntityLexicon.Facts(), count: tokens.count)
        var hashes = [UInt64](repeating: 0, count: tokens.count)
        let ranges = tokens.map { $0.kind == .number ? nil : $0.start..<$0.end }
        var text = text
        text.withUTF8 { bytes in
            ranges.withUnsafeBufferPointer { ranges in
                result.withUnsafeMutableBufferPointer { result in
                    hashes.withUnsafeMutableBufferPointer { hashes in
                        EntityLexicon.facts(of: ranges, in: bytes, into: result, hashes: hashes)
                    }
                }
            }
        }
        return (result, hashes)
    }

    static func sentenceStarts(_ tokens: [Token], _ facts: [EntityLexicon.Facts], in text: String) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var atStart = true
        for (i, t) in tokens.enumerated() {
            if t.kind == .punctuation {
                if facts[i].has(.sentenceEnder) {
                    // "Mr. Smith", "U.S. officials": the dot after an abbreviation ends nothing.
                    let prev = i > 0 ? tokens[i - 1] : nil
                    if t.is("."), let prev, prev.end == t.start, facts[i - 1].has(.abbreviation) || prev.characterCount(in: text) == 1 {
                        continue
                    }
                    atStart = true
                } else if !facts[i].has(.sentenceOpener) {
                    atStart = false
                }
                continue
            }
            result[i] = atStart
            atStart = false
        }
        return result
    }
}
