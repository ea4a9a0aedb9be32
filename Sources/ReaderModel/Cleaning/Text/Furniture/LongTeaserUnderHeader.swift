/// A teaser headline long enough to pass for near-prose (twelve to sixteen words, or to a CJK or
/// Thai headline's length in word units; no closing period) in the glued list under a "Related
/// articles" label: each line of that list is a link, and a long one is still a headline, not the
/// article's next paragraph.
enum LongTeaserUnderHeader {
    static let evidence = "a long teaser headline glued into the list under a related-stories label"

    /// Line `j` of a run under a related/feed label is such a headline: glued to the line above
    /// (the label or the teaser before it), of the near-prose shape a short line is not, and
    /// either after a teaser of the run or before another glued headline-shaped line. A paragraph
    /// after a label ends a sentence or sits apart from it by a blank line.
    static func holds(_ j: Int, _ lines: [TextLine], _ evidence: [LineEvidence], afterTeaser: Bool) -> Bool {
        let line = lines[j]
        guard !line.blankBefore, evidence[j].shape == .nearGood, words(of: line).contains(line.wordCount), !line.endsSentence,
              !line.isBullet, !evidence[j].isMetadata else { return false }
        if afterTeaser { return true }
        let next = j + 1
        guard next < lines.count, !lines[next].blankBefore, evidence[next].noise == nil else { return false }
        return evidence[next].shape != .good && !lines[next].endsSentence && lines[next].wordCount >= 3
    }

    /// The words a long teaser headline has: sixteen spaced words, or in a script without spaces
    /// a headline's length in word units (`UnspacedHeadline`: a Chinese or Japanese one reaches
    /// near-prose shape only at twelve units, and runs to twenty-four).
    @inline(__always)
    static func words(of line: TextLine) -> ClosedRange<Int> {
        guard line.script.isUnspaced, UnspacedHeadline.isMostlyUnspaced(line) else { return 5...16 }
        return line.script.ideographic > 0 ? 5...UnspacedHeadline.ideographicWords.upperBound
            : 5...UnspacedHeadline.southeastAsianWords.upperBound
    }
}
