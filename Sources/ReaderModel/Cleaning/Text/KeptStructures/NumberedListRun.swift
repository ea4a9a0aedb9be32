/// A numbered list (a book's contents, ranked steps) whose items run on past the body's last
/// paragraph: its short items look like a teaser list and the end-of-body trim drops them. Items
/// numbered in sequence ("1.", "2.", "3." or "1)", "2)") continuing a numbered line of the body
/// are one list, which a block of teasers or links never is unless it is a ranked widget under its
/// own label (vocabulary noise, which ends the run).
enum NumberedListRun {
    static let evidence = "numbered in sequence with the body's numbered line (a list)"
    /// Items after the body's last line needed to widen the body, and the most it is widened by.
    static let minimumItems = 2
    static let maximumItems = 60

    /// The body widened over the numbered items that continue its last line; the list's items are
    /// marked as the body's own.
    static func extend(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let last = body.last, evidence[last].noise == nil, let first = number(lines[last].text) else { return body }
        var end = last + 1
        var expected = first + 1
        while end < lines.count, end - last <= maximumItems, !lines[end].blankBefore,
              number(lines[end].text) == expected, mayBeItem(evidence[end]) {
            end += 1
            expected += 1
        }
        guard end - last - 1 >= minimumItems else { return body }
        // The items above it inside the body are the same list.
        var start = last
        expected = first - 1
        while start > body.lowerBound, !lines[start].blankBefore, number(lines[start - 1].text) == expected,
              mayBeItem(evidence[start - 1]) {
            start -= 1
            expected -= 1
        }
        for i in start..<end {
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            evidence[i].isCaption = false
            evidence[i].isNumberedListItem = true
        }
        return body.lowerBound..<end
    }

    /// Teaser evidence, a caption or a repeat within the page give way to the numbering; a label
    /// the vocabulary names (a "most read" box) does not.
    @inline(__always)
    private static func mayBeItem(_ ev: LineEvidence) -> Bool {
        guard let noise = ev.noise else { return true }
        return noise == .related && ev.noiseSource != "vocabulary"
    }

    /// The item number that opens the line: one to three digits, then `.` or `)` and a space (or a no-break space).
    @inline(__always)
    static func number(_ text: Substring) -> Int? {
        var value = 0
        var digits = 0
        var closed = false
        for byte in text.utf8 {
            // A space, a tab or the first byte of a no-break space (C2 A0).
            if closed { return byte == 32 || byte == 9 || byte == 0xC2 ? value : nil }
            switch byte {
            case 48...57 where digits < 3:
                value = value * 10 + Int(byte - 48)
                digits += 1
            case 46, 41 where digits > 0: closed = true
            default: return nil
            }
        }
        return nil
    }
}
