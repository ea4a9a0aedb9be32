/// A short header date line in a language whose month names the date parser lacks: a day and a
/// word, either way round, closing the line with a year after a space ("12 Machi 2025", "Published:
/// 14 Maarso 2025", "Marso 15, 2025"). Without it such a page has no header line under its
/// headline, and a consent notice or appeal above the menu is read as the story's start. A year
/// glued on by a slash or dot ("since 08/2003", "21.dez.2018 às 12h55") or followed by a time is
/// another kind of line, and only the header test reads this one, under a headline.
enum UnparsedMonthDateLine {
    /// Words such a line holds at most: a label and the date.
    static let maxWords = 5

    static func matches(_ line: TextLine) -> Bool {
        // The tokenizer's facts settle most lines: a year among few words, no full stop.
        guard line.hasYearWord, line.wordCount <= maxWords, !line.endsSentence, closesWithSpacedYear(line.text) else { return false }
        let words = line.words
        let n = words.count
        guard n >= 3, n == line.wordCount, isYear(words[n - 1]) else { return false }
        let (a, b) = (words[n - 3], words[n - 2])
        return (YearlessDateLine.isDay(a) && isMonthShaped(b)) || (isMonthShaped(a) && YearlessDateLine.isDay(b))
    }

    /// The line's last five bytes are a space and four digits.
    private static func closesWithSpacedYear(_ text: Substring) -> Bool {
        let tail = text.utf8.suffix(5)
        guard tail.count == 5, tail.first == 0x20 else { return false }
        return tail.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private static func isYear(_ word: String) -> Bool {
        guard word.utf8.count == 4, let n = Int(word) else { return false }
        return (1990...2100).contains(n)
    }

    /// A word of three bytes or more with no digit: a month's name, not a number or an initial.
    private static func isMonthShaped(_ word: String) -> Bool {
        word.utf8.count >= 3 && !word.utf8.contains { $0 >= 48 && $0 <= 57 }
    }
}
