/// An article may close with the sources it cites: a short heading ("Sources", "Quellen",
/// "Notes") right under the last paragraph over a list numbered from one ("1.", "[1]"), each item
/// a citation ("Water Board, Annual Report 2024"). Short and unpunctuated, the items read as a
/// teaser list under a box heading and the body's end stops above them. Readers expect a story's
/// sources with it, and the dev gold keeps reference lists (Readability's output keeps a page's
/// numbered references): so the list is kept. What makes it a source list and not a numbered
/// "most read" box is the citation's shape: every item names its source before a comma, and most
/// give a year.
enum ClosingSourceList {
    static let evidence = "an item of the article's numbered source list under its last paragraph (numbered from one, each a citation: a comma, most with a year)"
    static let headingEvidence = "the heading over the article's numbered source list under its last paragraph"
    /// A list has at least this many items, and at most this many are read.
    static let minimumItems = 2
    static let maximumItems = 40
    /// A heading is at most this many words; an item at most this many.
    static let maximumHeadingWords = 3
    static let maximumItemWords = 40

    /// The body widened over a source list right under its last paragraph; `body` unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let last = body.last, lines[last].endsSentence, body.upperBound + minimumItems < lines.count else { return body }
        let heading = body.upperBound
        let line = lines[heading]
        guard line.wordCount >= 1, line.wordCount <= maximumHeadingWords,
              !line.endsSentence || ListMarker.endsWithColon(line.text), isReleasable(evidence[heading]) else { return body }
        var end = heading + 1
        var withYear = 0
        while end < lines.count, end - heading <= maximumItems, number(lines[end].text) == end - heading,
              lines[end].wordCount <= maximumItemWords, isReleasableItem(evidence[end]), lines[end].text.utf8.contains(UInt8(ascii: ",")) {
            if holdsYear(lines[end].text) { withYear += 1 }
            end += 1
        }
        let items = end - heading - 1
        guard items >= minimumItems, withYear * 2 >= items, end == lines.count || lines[end].blankBefore else { return body }
        evidence[heading].noise = nil
        evidence[heading].noiseSource = nil
        evidence[heading].listItem = .sourceListHeading
        for k in (heading + 1)..<end {
            evidence[k].noise = nil
            evidence[k].noiseSource = nil
            evidence[k].isCaption = false
            evidence[k].listItem = .sourceListItem
        }
        return body.lowerBound..<end
    }

    /// The item number opening a line: "1. ", "2) " (`ListMarker`) or "[3] ".
    static func number(_ text: Substring) -> Int? {
        if let number = ListMarker.number(text) { return number }
        guard text.utf8.first == UInt8(ascii: "["), let close = text.firstIndex(of: "]"),
              text[text.index(after: close)...].first == " " else { return nil }
        let digits = text[text.index(after: text.startIndex)..<close]
        guard digits.count <= 3 else { return nil }
        return Int(digits)
    }

    /// A year from 1800 to 2099 standing as its own number.
    static func holdsYear(_ text: Substring) -> Bool {
        var run = 0
        var value = 0
        for byte in text.utf8 {
            if byte &- 48 < 10 {
                run += 1
                value = value * 10 + Int(byte &- 48)
            } else {
                if run == 4, value >= 1800, value < 2100 { return true }
                run = 0
                value = 0
            }
        }
        return run == 4 && value >= 1800 && value < 2100
    }

    /// Only its place says the heading is the page's (no metadata, comment or vocabulary reading).
    @inline(__always)
    private static func isReleasable(_ ev: LineEvidence) -> Bool {
        !ev.isMetadata && isReleasableItem(ev)
    }

    /// An item may hold a date (a citation's), but no comment or vocabulary reading.
    @inline(__always)
    private static func isReleasableItem(_ ev: LineEvidence) -> Bool {
        guard let noise = ev.noise else { return true }
        return noise != .comments && ev.noiseSource != .vocabulary
    }
}
