/// What a line looks like on its own, before context: prose, near-prose, or a short fragment.
enum LineShape: String, Sendable {
    /// A sentence-like paragraph: enough words, function words and closing punctuation.
    case good
    /// Possibly prose: a short sentence or a long line without closing punctuation.
    case nearGood
    /// Too short to judge: menu entries, headings, labels.
    case short

    /// `densityScale` scales the function-word thresholds; 0 on pages not written in English.
    init(_ line: TextLine, densityScale: Double = 1) {
        let words = line.wordCount
        // A line spelled like another language is judged by shape alone, as a whole page is.
        let density = densityScale == 0 || line.script.isSpelledOutsideASCII(words: words) ? 1 : line.stopwordDensity / densityScale
        if words >= line.script.sentenceProseWords, line.endsSentence, density >= 0.18 {
            self = .good
        } else if words >= line.script.unpunctuatedProseWords, density >= 0.25 {
            self = .good
        } else if words >= 5, line.endsSentence, density >= 0.1 {
            self = .nearGood
        } else if words >= 12, density >= 0.2 {
            self = .nearGood
        } else {
            self = .short
        }
    }

    /// Reads like a headline: several words, no closing sentence punctuation, mostly capitalised
    /// or at least not a run of function words.
    static func isHeadlineLike(_ line: TextLine) -> Bool {
        let words = line.wordCount
        guard words >= 4, words <= 25, !line.endsSentence else { return false }
        return line.stopwordDensity < 0.5
    }

    /// A bare clock time or relative time ("1:40 PM", "11:54", "5 hours ago") as in news feeds.
    static func isTimestamp(_ line: TextLine) -> Bool {
        let words = line.words
        guard !words.isEmpty, words.count <= 5 else { return false }
        if words.count >= 2, words.last == "ago", !line.endsSentence { return true }
        let text = line.text
        guard text.utf8.count <= 30 else { return false }
        // h:mm with optional am/pm and zone.
        var sawColon = false
        var digitsBefore = 0
        var digitsAfter = 0
        for scalar in text.unicodeScalars {
            if scalar == ":" {
                if sawColon || digitsBefore == 0 { return false }
                sawColon = true
            } else if ("0"..."9").contains(scalar) {
                if sawColon { digitsAfter += 1 } else { digitsBefore += 1 }
            } else if !sawColon {
                return false
            } else {
                break
            }
        }
        guard sawColon, digitsBefore <= 2, digitsAfter == 2 else { return false }
        return words.count <= 3
    }
}
