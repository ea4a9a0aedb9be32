/// A header's date written with dots and a two-digit year, then the time ("פורסם: 04.03.25, 18:22",
/// as Israeli and some German pages print it). The line gate of the hot path wants a four-digit
/// year or a month's name, so such a line is read here, only when the header gave no other date.
enum ShortYearDateLine {
    static let note = "date: day, month and a two-digit year with dots, then the time"

    /// The first line of `range` holding such a date, and the date; nil when none does.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], in range: Range<Int>) -> (index: Int, iso: String)? {
        for i in range where lines[i].wordCount <= 10 && !evidence[i].isCaption && holdsDottedShortDate(lines[i].text.utf8) {
            if let iso = DateNormalizer.iso(lines[i].text), iso.utf8.count > 10 { return (i, iso) }
        }
        return nil
    }

    /// Whether the bytes hold "dd.dd.dd" not followed by another digit or dot-and-digit.
    static func holdsDottedShortDate(_ bytes: Substring.UTF8View) -> Bool {
        let b = Array(bytes)
        guard b.count >= 8 else { return false }
        func digit(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] &- 0x30 < 10 }
        var k = 0
        while k + 8 <= b.count {
            if digit(k), digit(k + 1), b[k + 2] == 0x2E, digit(k + 3), digit(k + 4), b[k + 5] == 0x2E, digit(k + 6), digit(k + 7),
               !digit(k - 1), !digit(k + 8) { return true }
            k += 1
        }
        return false
    }
}
