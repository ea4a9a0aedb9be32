/// A live blog's index of key events: a run of one-line items each led by a clock time
/// ("16:05 Ferry crossings cancelled"), links to the timed entries below. Each item repeats an
/// entry's heading, so it echoes the body as a headline does, yet it names one entry, never the page.
enum KeyEventsIndex {
    static let evidence = "an item of a key-events index (a run of one-line items led by a clock time, or of headings under relative times), not the headline"

    /// The line is led by a clock time and a neighbour with no blank line between is too.
    static func holds(_ i: Int, _ lines: [TextLine]) -> Bool {
        // The index as pairs of a relative time over a heading (`RelativeTimeKeyEvents`).
        guard isClockLed(lines[i]) else { return RelativeTimeKeyEvents.holds(i, lines) }
        return i > 0 && !lines[i].blankBefore && isClockLed(lines[i - 1])
            || i + 1 < lines.count && !lines[i + 1].blankBefore && isClockLed(lines[i + 1])
    }

    /// "16:05 Ferry ...", "9.40 Schools ...": one or two digits, a colon or a point, two digits
    /// (a time of day), then a space and words; a bare time ("16:05") is an entry's stamp, not an item.
    @inline(__always)
    static func isClockLed(_ line: TextLine) -> Bool {
        // Cheap shape first: a digit as first byte and words after the time.
        guard line.wordCount >= 3, let first = line.text.utf8.first, first >= 48, first <= 57 else { return false }
        var bytes = line.text.utf8.prefix(7).makeIterator()
        var hour = 0
        var hourDigits = 0
        var b = bytes.next()
        while let d = b, d >= 48, d <= 57, hourDigits < 3 {
            hour = hour * 10 + Int(d - 48)
            hourDigits += 1
            b = bytes.next()
        }
        guard (1...2).contains(hourDigits), hour <= 24, b == UInt8(ascii: ":") || b == UInt8(ascii: ".") else { return false }
        guard let m1 = bytes.next(), let m2 = bytes.next(), (48...53).contains(m1), (48...57).contains(m2) else { return false }
        return bytes.next() == UInt8(ascii: " ")
    }
}
