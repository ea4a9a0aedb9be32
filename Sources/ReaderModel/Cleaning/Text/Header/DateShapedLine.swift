/// A short line built around a date — a day number next to a year ("12 <month> 2568", "5 <month>
/// 2025", "1 de <month> de 2017", "2025.06.10", "2025年4月2日") — reads as a dateline in any
/// script, even when the date parser knows none of its month names. Under a headline such a line
/// is the byline row, never the article's summary.
enum DateShapedLine {
    /// The line is short, not a sentence, and holds a day and a year within three words.
    static func matches(_ line: TextLine) -> Bool {
        guard line.wordCount <= 16, !line.endsSentence || endsWithThaiClock(line.text) else { return false }
        let words = line.words
        for (k, word) in words.enumerated() {
            if isCJKDate(word) { return true }
            if isYear(word) {
                // Year, month, day in digits ("2025.06.10").
                if k + 2 < words.count, isSmallNumber(words[k + 1], max: 12), isSmallNumber(words[k + 2], max: 31) { return true }
                // A day one or two words before the year ("5 <month> 2025", "<month> 4, 2025").
                if (max(0, k - 2)..<k).contains(where: { isSmallNumber(words[$0], max: 31) }) { return true }
                // Or three or four, with short link words around the month ("1 de <month> de 2017").
                for d in max(0, k - 4)..<max(0, k - 2) where isSmallNumber(words[d], max: 31) {
                    let between = words[(d + 1)..<k]
                    if between.filter({ $0.utf8.count > 3 }).count <= 1 { return true }
                }
            }
        }
        return false
    }

    /// Thai writes "o'clock" after a time as the abbreviation "น." ("10:25 น."): its full stop ends
    /// no sentence.
    static func endsWithThaiClock(_ text: Substring) -> Bool {
        text.hasSuffix(" น.")
    }

    /// Four digits in the range of Gregorian (1900-2099) or Thai Buddhist (2443-2643) years.
    private static func isYear(_ word: String) -> Bool {
        guard word.utf8.count == 4, let n = Int(word) else { return false }
        return (1900...2099).contains(n) || (2443...2643).contains(n)
    }

    private static func isSmallNumber(_ word: String, max: Int) -> Bool {
        guard (1...2).contains(word.utf8.count), let n = Int(word) else { return false }
        return (1...max).contains(n)
    }

    /// "2025年4月2日": a year, the year sign 年 (U+5E74), and a digit after it.
    private static func isCJKDate(_ word: String) -> Bool {
        let bytes = Array(word.utf8.prefix(8))
        guard bytes.count == 8, bytes[0...3].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        return bytes[4] == 0xE5 && bytes[5] == 0xB9 && bytes[6] == 0xB4 && bytes[7] >= 48 && bytes[7] <= 57
    }
}
