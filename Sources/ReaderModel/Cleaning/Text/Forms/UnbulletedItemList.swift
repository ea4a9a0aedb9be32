/// A list post of items without bullets ("Eight things I keep in the freezer"): each item a short
/// heading line over its own paragraph, glued, one item after another. A run of teasers has that
/// shape too (headline over summary), but its headlines are news headlines of five words and more;
/// an item's heading is a name of two or three words. So a heading-over-paragraph pair inside a
/// run of three pairs or more, half of whose headings are that short, is the list's item: kept,
/// not read as a teaser (`TeaserDetector.markGluedTeasers`).
enum UnbulletedItemList {
    static let evidence = "a list item: a short heading over its paragraph in a run of such items, most headings of two or three words"
    /// An item heading holds at most this many words; a short one at most `shortHeadingWords`.
    static let headingWords = 8
    static let shortHeadingWords = 3
    /// Items in the run, and the share of short headings among them.
    static let minimumItems = 3

    /// Whether line `i` (a heading glued over paragraph `i + 1`) is an item of such a run.
    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], in range: Range<Int>) -> Bool {
        guard isItem(i, lines, evidence, in: range) else { return false }
        var first = i
        while first - 2 >= range.lowerBound, isItem(first - 2, lines, evidence, in: range) { first -= 2 }
        var last = i
        while last + 2 < range.upperBound, isItem(last + 2, lines, evidence, in: range) { last += 2 }
        let headings = stride(from: first, through: last, by: 2).map { lines[$0].wordCount }
        let short = headings.filter { $0 <= shortHeadingWords }.count
        return headings.count >= minimumItems && short * 2 >= headings.count
    }

    /// Line `j` is a heading (short, no sentence end, no bullet) over a paragraph of prose glued under it.
    private static func isItem(_ j: Int, _ lines: [TextLine], _ evidence: [LineEvidence], in range: Range<Int>) -> Bool {
        guard j >= range.lowerBound, j + 1 < range.upperBound else { return false }
        let heading = lines[j], paragraph = lines[j + 1]
        return evidence[j].shape == .short && (1...headingWords).contains(heading.wordCount) && !heading.endsSentence
            && !heading.isBullet && !evidence[j].isCaption && !evidence[j].isMetadata && !evidence[j].isTimestamp
            && evidence[j + 1].shape != .short && paragraph.endsSentence && !paragraph.blankBefore
    }
}
