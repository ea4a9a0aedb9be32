/// A headline the copy hard-wrapped over two lines: the chosen line ends on a letter, unpunctuated,
/// and the line glued under it opens in lower case and goes on with it ("Ferry fares to rise on
/// the" / "northern routes from May"), no longer than the first by much, speaking of the body, with a
/// blank line, the byline or date, or the body after it. Both lines are the headline. Scripts without
/// case never match.
enum WrappedHeadline {
    static let evidence = "the headline's second line: the copy wrapped the headline, and this line opens in lower case and goes on with the line above, before the byline or body"
    /// Share of the second line's content words the body's opening holds, at least.
    static let minimumOverlap = 0.5
    /// The most words the two lines hold together.
    static let maximumWords = 30

    /// The line that goes on with the headline at `t`, or nil.
    static func continuation(of t: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int? {
        let c = t + 1
        guard c < body.lowerBound, !lines[c].blankBefore, lines[t].wordCount >= 2,
              lines[t].wordCount + lines[c].wordCount <= maximumWords, endsOnLetter(lines[t].text),
              WrappedProseFragment.startsInLowerCase(lines[c]) else { return nil }
        // Of a headline's length: a longer lower-case line under a headline is its standfirst.
        let first = lines[t].text.utf8.count, second = lines[c].text.utf8.count
        guard second <= first + first / 4 else { return nil }
        let ev = evidence[c]
        guard ev.noise == nil, !ev.isCaption, !ev.isMetadata, !ev.isTimestamp, !ev.isTableRow, !lines[c].isBullet,
              lines[c].text.utf8.last != UInt8(ascii: "."), !lines[c].text.utf8.contains(9) else { return nil }
        // Before the byline: the headline's block ends with the second line.
        let after = c + 1
        guard after >= lines.count || lines[after].blankBefore || after == body.lowerBound
              || HeaderMetadataLine.matches(after, lines, evidence, creditsCount: true) else { return nil }
        // The second half speaks of the body as the headline does; a menu or a post's meta line glued
        // under the headline does not.
        let opening = HeadlineFinder.openingWords(lines, evidence, body: body)
        return HeadlineFinder.overlap(lines[c], opening) >= minimumOverlap ? c : nil
    }

    /// The last character is a letter: a line that ends a headline or a label by punctuation, a
    /// number or a comma is no first half of one.
    @inline(__always)
    private static func endsOnLetter(_ text: Substring) -> Bool {
        guard let last = text.utf8.last else { return false }
        if last < 128 { return last | 0x20 >= 97 && last | 0x20 <= 122 }
        return text.last.map { $0.isLetter } ?? false
    }
}
