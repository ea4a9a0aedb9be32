/// A list that closes the article under a sentence announcing it: tour dates under "The dates are
/// as follows.", quantities under "For one loaf:". Its lines are short, so the body's run stops at
/// the lead-in and the end trim drops them with the furniture below. What makes the run the
/// article's own is the announcing line right at the body's end and the items' shared shape: most
/// of them open with a number (a day, a quantity, a rank), which a menu or a row of teaser links
/// does not. Between its groups the run may hold a short heading ("MAY") or a second announcing
/// line; it ends at the first line of furniture, prose or other shape, and is cut back to its last
/// number-led item.
enum ShapedClosingList {
    /// An announcing line is a short sentence or label, not a paragraph.
    static let maximumLeadInWords = 16
    /// A single word with a colon ("Archives:") labels the page's own blocks.
    static let minimumLeadInWords = 2
    /// The fewest number-led items that make the run a list.
    static let minimumShapedItems = 3
    /// How far past the lead-in the run may reach.
    static let maximumReach = 40

    /// The run under the body's last line (or the lead-in right after it), or nil.
    static func run(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> ArticleList.Run? {
        guard let bodyLast = body.last else { return nil }
        let head: Int
        if isAnnouncing(bodyLast, lines, evidence) {
            head = bodyLast
        } else if bodyLast + 1 < lines.count, isAnnouncing(bodyLast + 1, lines, evidence) {
            head = bodyLast + 1
        } else {
            return nil
        }
        var end = head + 1
        var lastShaped = -1
        var shaped = 0
        var others = 0
        while end < lines.count, end - head <= maximumReach {
            if opensWithNumber(end, lines, evidence) {
                shaped += 1
                lastShaped = end
            } else if isSubheading(end, lines, evidence) {
                others += 1
            } else if isAnnouncing(end, lines, evidence), opensGroup(end + 1, lines, evidence) {
                // A second lead-in between the list's groups ("The autumn dates follow.").
                others += 1
            } else {
                break
            }
            end += 1
        }
        guard lastShaped > head, shaped >= minimumShapedItems, shaped >= 2 * others else { return nil }
        return ArticleList.Run(head: head, items: (head + 1)..<(lastShaped + 1), reason: .shapedClosingList)
    }

    /// A clean line of a few words that ends in a colon or a full stop: it announces what follows.
    @inline(__always)
    private static func isAnnouncing(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        let words = lines[i].wordCount
        guard ev.noise == nil, !ev.isCaption, !ev.isMetadata, !ev.isTimestamp, ev.shape != .good,
              words >= minimumLeadInWords, words <= maximumLeadInWords else { return false }
        return ListMarker.endsWithColon(lines[i].text) || endsWithStop(lines[i].text)
    }

    /// A full stop (`.`, `。`, `।`) closes the line; a question or an exclamation invites a reply rather than a list.
    @inline(__always)
    private static func endsWithStop(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "。" || last == "।"
    }

    /// An item of the list's shape: not a paragraph, and a number opens it: a digit of any script
    /// or a vulgar fraction ("½ cup"). Its only furniture may be a caption (a short number-led line
    /// reads as a photo credit) or a teaser list's mark (glued capitalised lines read as headlines):
    /// the leading numbers are what a row of teaser links lacks.
    @inline(__always)
    static func opensWithNumber(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        guard ev.noise == nil || ev.isTeaserListNoise, !ev.isMetadata, !ev.isTimestamp, ev.shape != .good,
              let first = lines[i].text.utf8.first else { return false }
        if first >= 48, first <= 57 { return true }
        guard first >= 0x80, let scalar = lines[i].text.unicodeScalars.first else { return false }
        let category = scalar.properties.generalCategory
        return category == .decimalNumber || category == .otherNumber
    }

    /// Line `i` opens a group of the list: a number-led item, or a short heading over one.
    @inline(__always)
    private static func opensGroup(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard i < lines.count else { return false }
        if opensWithNumber(i, lines, evidence) { return true }
        return i + 1 < lines.count && isSubheading(i, lines, evidence) && opensWithNumber(i + 1, lines, evidence)
    }

    /// A short heading between the list's groups ("SEPTEMBER", "Day two"): clean, a few words, no closing punctuation.
    @inline(__always)
    private static func isSubheading(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        guard ev.noise == nil, !ev.isCaption, !ev.isMetadata, !ev.isTimestamp, ev.shape == .short,
              lines[i].wordCount <= 3, !lines[i].endsSentence else { return false }
        return !ListMarker.endsWithColon(lines[i].text)
    }
}
