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
        sentenceStart = FieldText.sentenceStarts(tokens, facts)
        let tokens = self.tokens, facts = self.facts
        // A sentence (ends with a full stop, or is long) is never a Title Case headline.
        let endsSentence = tokens.last.map { $0.text == "." } ?? false
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
        for t in tokens where t.kind == .word && t.text.characterCount > 1 {
            allWords += 1
            if t.isAllCaps { shouted += 1 }
        }
        shouty = titleCase || (allWords >= 2 && shouted * 10 >= allWords * 8)
    }

    static let openers: Set<String> = ["“", "\"", "‘", "'", "(", "[", "*", "•", "–", "—", "-", "«", "·", "/", "|", ">"]
    static let enders: Set<String> = [".", "!", "?", ":", ";", "…"]

    /// Lexicon facts of every token but numbers, probed on the text's bytes, and the tokens' hashes.
    static func lookUp(_ tokens: [Token], in text: String) -> ([EntityLexicon.Facts], [UInt64]) {
        var result = [EntityLexicon.Facts](repeating: EntityLexicon.Facts(), count: tokens.count)
        var hashes = [UInt64](repeating: 0, count: tokens.count)
        var text = text
        text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                result.withUnsafeMutableBufferPointer { result in
                    hashes.withUnsafeMutableBufferPointer { hashes in
                        for i in 0..<tokens.count where tokens[i].kind != .number {
                            let t = tokens[i]
                            result[i] = EntityLexicon.facts(UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), asciiHash: &hashes[i])
                        }
                    }
                }
            }
        }
        return (result, hashes)
    }

    static func sentenceStarts(_ tokens: [Token], _ facts: [EntityLexicon.Facts]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var atStart = true
        for (i, t) in tokens.enumerated() {
            if t.kind == .punctuation {
                if facts[i].has(.sentenceEnder) {
                    // "Mr. Smith", "U.S. officials": the dot after an abbreviation ends nothing.
                    let prev = i > 0 ? tokens[i - 1] : nil
                    if t.text == ".", let prev, prev.end == t.start, facts[i - 1].has(.abbreviation) || prev.text.characterCount == 1 {
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
