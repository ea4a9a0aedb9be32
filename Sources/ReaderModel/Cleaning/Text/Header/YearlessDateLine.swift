/// A short header date line the date parser cannot place in a year: a month name next to a day
/// number with a clock time ("Posted by <name> on Friday <month> 3, @9:41PM"), or a numeric date of
/// two-digit groups ("04.11.19", "4/11/19") opening a line of a few words. Under a headline such a
/// line is the byline row; elsewhere it proves nothing, so only the header test reads it.
enum YearlessDateLine {
    /// A numeric date counts only on a line this short ("04.11.19 in <section>").
    static let maxNumericDateLineWords = 6

    static func matches(_ line: TextLine) -> Bool {
        guard !line.endsSentence else { return false }
        if line.hasMonthWord, hasMonthDay(line.words), hasClockTime(line.text) { return true }
        return line.wordCount <= maxNumericDateLineWords && opensWithShortNumericDate(line.text)
    }

    /// A month name of any language the lexicon knows, with a day number (1-31) just before or after it.
    private static func hasMonthDay(_ words: [String]) -> Bool {
        for (k, word) in words.enumerated() where WordLexicon.entry(hash: WordLexicon.hash(word))?.isMonth == true {
            if k + 1 < words.count, isDay(words[k + 1]) { return true }
            if k > 0, isDay(words[k - 1]) { return true }
        }
        return false
    }

    /// A day of the month written as one or two digits (1-31).
    static func isDay(_ word: String) -> Bool {
        guard (1...2).contains(word.utf8.count), let n = Int(word) else { return false }
        return (1...31).contains(n)
    }

    /// "10:05", "@9:41PM": one or two digits, a colon, two digits.
    private static func hasClockTime(_ text: Substring) -> Bool {
        // A digit before the colon, then exactly two digits after it; no allocation per line.
        var before = false, afterColon = -1
        for byte in text.utf8 {
            if afterColon >= 0 {
                if isDigit(byte) {
                    afterColon += 1
                    if afterColon > 2 { afterColon = -1; before = true; continue }
                    continue
                }
                if afterColon == 2 { return true }
                afterColon = -1
            }
            if byte == UInt8(ascii: ":"), before { afterColon = 0; before = false; continue }
            before = isDigit(byte)
        }
        return afterColon == 2
    }

    /// The line's first token is three groups of one or two digits, the last of two, joined by
    /// the same `.` or `/`, with a day (1-31) and a month (1-12) among the first two groups.
    private static func opensWithShortNumericDate(_ text: Substring) -> Bool {
        var groups: [Int] = []
        var separator: UInt8?
        var value = 0, width = 0
        for byte in text.utf8 {
            if isDigit(byte) {
                value = value * 10 + Int(byte - 48); width += 1
                if width > 2 { return false }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") {
                guard width > 0, separator == nil || separator == byte, groups.count < 2 else { return false }
                separator = byte
                groups.append(value); value = 0; width = 0
            } else {
                break
            }
        }
        guard groups.count == 2, width == 2 else { return false }
        let (a, b) = (groups[0], groups[1])
        return (1...31).contains(a) && (1...31).contains(b) && (a <= 12 || b <= 12)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}
