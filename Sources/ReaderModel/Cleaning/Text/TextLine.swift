/// One non-blank line of a plain-text page copy with the shape features the classifier reads.
struct TextLine: Sendable {
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
    /// Ends like a sentence (`.`, `!`, `?`, `…`, possibly inside closing quotes or brackets).
    let endsSentence: Bool
    /// Starts with a list bullet (`*`, `•`, `-`, `–`, `·`).
    let isBullet: Bool
    /// A blank line separates it from the previous line.
    let blankBefore: Bool
    /// Index of the physical line in the page (for hand labels and explain output).
    let lineNumber: Int

    var wordCount: Int { words.count }
    var stopwordDensity: Double { words.isEmpty ? 0 : Double(stopwordCount) / Double(words.count) }
    /// The words joined by single spaces: a normalised key for exact-line vocabulary and repeats.
    var key: String { words.joined(separator: " ") }

    init(text: Substring, offset: Int, blankBefore: Bool, lineNumber: Int) {
        self.text = text
        self.offset = offset
        self.blankBefore = blankBefore
        self.lineNumber = lineNumber
        let tokens = WordTokenizer.tokens(text)
        words = tokens.words
        capitalizedCount = tokens.capitalized
        var stops = 0
        for word in tokens.words where Stopwords.english.contains(word) { stops += 1 }
        stopwordCount = stops
        endsSentence = TextLine.endsLikeSentence(text)
        isBullet = TextLine.startsWithBullet(text)
    }

    private static func endsLikeSentence(_ text: Substring) -> Bool {
        // Walk back over closing quotes and brackets: `said.”` and `(2023).` both end a sentence.
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case ".", "!", "?", "…": return true
            case "\"", "'", "”", "’", "»", ")", "]", " ": continue
            default: return false
            }
        }
        return false
    }

    private static func startsWithBullet(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        guard ["*", "•", "-", "–", "·", "▪", "►"].contains(first) else { return false }
        let rest = text.unicodeScalars.dropFirst()
        return rest.first == " " || rest.first == "\t"
    }
}

/// Splits text into lowercase word tokens in one pass over its scalars, without regexes.
enum WordTokenizer {
    struct Tokens {
        var words: [String] = []
        var capitalized = 0
    }

    static func tokens<S: StringProtocol>(_ text: S) -> Tokens {
        var result = Tokens()
        var current = String.UnicodeScalarView()
        var startsUpper = false
        func flush() {
            guard !current.isEmpty else { return }
            // A trailing apostrophe (readers') is not part of the word.
            while let last = current.last, last == "'" { current.removeLast() }
            if !current.isEmpty {
                result.words.append(String(current))
                if startsUpper { result.capitalized += 1 }
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if v >= 65 && v <= 90 {  // A-Z
                    if current.isEmpty { startsUpper = true }
                    current.append(Unicode.Scalar(v + 32)!)
                } else if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                    if current.isEmpty { startsUpper = false }
                    current.append(scalar)
                } else if v == 39, !current.isEmpty {
                    current.append("'")
                } else {
                    flush()
                }
            } else if scalar == "’" {
                if !current.isEmpty { current.append("'") }
            } else if scalar.properties.isAlphabetic {
                if current.isEmpty { startsUpper = scalar.properties.isUppercase }
                if scalar.properties.changesWhenLowercased {
                    current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    current.append(scalar)
                }
            } else {
                flush()
            }
        }
        flush()
        return result
    }
}
