/// One field's text, tokens and whether each token starts a sentence.
struct FieldText {
    var field: DocumentField
    var text: String
    var tokens: [Token]
    var sentenceStart: [Bool]
    /// Headline casing: every word capitalised or all caps, so capitals say little.
    var shouty: Bool

    init(field: DocumentField, text: String) {
        self.field = field
        self.text = text
        tokens = Tokenizer.tokenize(text)
        sentenceStart = FieldText.sentenceStarts(tokens)
        // A sentence (ends with a full stop, or is long) is never a Title Case headline.
        let endsSentence = tokens.last.map { $0.text == "." } ?? false
        // Title Case or ALL CAPS lines: capitals there are typography, not names. A line of names
        // ("Scorers : Alan Shearer , Les Ferdinand") is not Title Case: its words are not dictionary words.
        // The word lookups run only when the cheap tests leave Title Case possible (most fields are sentences).
        var titleCase = false
        if !endsSentence {
            var words = 0, capital = 0
            for t in tokens where t.kind == .word && !Stopwords.contains(t.text) {
                words += 1
                if t.isCapitalised { capital += 1 }
                if words > 20 { break }
            }
            if words >= 4 && words <= 20 && capital * 10 >= words * 9 {
                let commonCapitals = tokens.filter { $0.kind == .word && $0.isCapitalised && !$0.isAllCaps && Gazetteer.isCommonWord($0.text) }.count
                titleCase = commonCapitals * 2 >= capital
            }
        }
        // ALL CAPS counted over every word, function words too ("MORE NEWS").
        var allWords = 0, shouted = 0
        for t in tokens where t.kind == .word && t.text.count > 1 {
            allWords += 1
            if t.isAllCaps { shouted += 1 }
        }
        shouty = titleCase || (allWords >= 2 && shouted * 10 >= allWords * 8)
    }

    static let openers: Set<String> = ["“", "\"", "‘", "'", "(", "[", "*", "•", "–", "—", "-", "«", "·", "/", "|", ">"]
    static let enders: Set<String> = [".", "!", "?", ":", ";", "…"]

    static func sentenceStarts(_ tokens: [Token]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var atStart = true
        for (i, t) in tokens.enumerated() {
            if t.kind == .punctuation {
                if enders.contains(t.text) {
                    // "Mr. Smith", "U.S. officials": the dot after an abbreviation ends nothing.
                    let prev = i > 0 ? tokens[i - 1] : nil
                    if t.text == ".", let prev, prev.end == t.start, NameRules.abbreviations.contains(prev.text) || prev.text.count == 1 {
                        continue
                    }
                    atStart = true
                } else if !openers.contains(t.text) {
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
