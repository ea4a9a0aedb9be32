/// Ends the body at a wide gap of furniture under the article when only a few scattered blocks come
/// after it: a box of headlines, share buttons or "more from" links set between the story and the
/// page's footer (a site blurb, a copyright notice, a sponsor's note, a lone teaser). The score that
/// chose the body carries it over such a gap when those blocks read as prose. The article itself
/// goes on past a box inside it with a run of paragraphs, and a page whose later part is the larger
/// one (a long references list, a record per entry) is not a tail; both keep their gap, and so does
/// an article whose numbered sections go on past it (`NumberingPastGap`). Shape
/// only: no word list, so it reads every script alike.
enum FurnitureGapTail: BodyEndTrimmer {
    static let evidence = "a wide gap of furniture under the article with only a few scattered blocks past it"
    /// Lines in a row, none of them prose, that make a gap (more than a list between two paragraphs keeps).
    static let minimumGap = 7
    /// Paragraphs the article above the gap has, so that there is an article to end.
    static let minimumParagraphsAbove = 3
    /// Paragraphs in a row past the gap that say the article goes on.
    static let continuingRun = 3
    /// Paragraphs past the gap a tail may hold at most.
    static let maximumTailParagraphs = 10

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count > minimumGap + minimumParagraphsAbove,
              hasWideGap(body, lines, evidence) else { return body }
        // Short lines become list items, code or subheads only in the final reading of the body; the
        // gap is read on that reading, worked out here only for a page that may have one.
        let decisions = RoleAssigner.assign(lines, evidence, body: body, meta: TextMetadata())
        let dropped = { (k: Int) in decisions[k].role == .removed }
        var paragraphsAbove = 0
        var wordsAbove = 0
        var i = body.lowerBound
        while i < body.upperBound {
            guard dropped(i) else {
                if isParagraph(evidence[i], decisions[i]) { paragraphsAbove += 1 }
                wordsAbove += lines[i].wordCount
                i += 1
                continue
            }
            var end = i
            while end < body.upperBound, dropped(end) { end += 1 }
            if end - i >= minimumGap, end < body.upperBound, paragraphsAbove >= minimumParagraphsAbove,
               isScatteredTail(end..<body.upperBound, lines, evidence, decisions,
                               against: (paragraphs: paragraphsAbove, words: wordsAbove)) {
                // A numbered section past the gap goes on with the article's count: the box is inside it.
                // A short numbered heading counts while nothing names it furniture, above the gap and as the
                // gap's last line: the list reading that keeps it (`MarkedListRun`) comes after the end trimmers.
                if let next = NumberingPastGap.continuation(above: body.lowerBound..<i, tail: i..<body.upperBound, lines,
                                                            kept: { !dropped($0) || MarkedListRun.mayBeItem(evidence[$0]) }) {
                    evidence[next].keptNote = NumberingPastGap.evidence
                    i = end
                    continue
                }
                BodyEndTrimmers.mark(i..<body.upperBound, &evidence, as: .navigation, rule: Self.evidence)
                return body.lowerBound..<i
            }
            // The gap's own lines count as nothing above a later gap.
            i = end
        }
        return body
    }

    /// A run of `minimumGap` lines that may be a gap, under at least `minimumParagraphsAbove` lines:
    /// the cheap test that spares most pages the final reading.
    private static func hasWideGap(_ body: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var run = 0
        for k in body.dropFirst(minimumParagraphsAbove) {
            run = isMaybeGapLine(evidence, k) ? run + 1 : 0
            if run >= minimumGap { return true }
        }
        return false
    }

    /// Past the gap: no run of paragraphs, a handful of them at most, and small next to the article
    /// above: half its words at most, or a third of its paragraphs (a footer's legal notice is one
    /// long block).
    private static func isScatteredTail(_ tail: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence],
                                        _ decisions: [LineDecision], against above: (paragraphs: Int, words: Int)) -> Bool {
        var run = 0
        var paragraphs = 0
        var words = 0
        for k in tail {
            if isParagraph(evidence[k], decisions[k]) {
                run += 1
                paragraphs += 1
                if run >= continuingRun || paragraphs > maximumTailParagraphs { return false }
            } else {
                run = 0
            }
            if decisions[k].role != .removed { words += lines[k].wordCount }
        }
        return words * 2 <= above.words || paragraphs * 3 <= above.paragraphs
    }

    /// A line of the body shaped as prose.
    @inline(__always)
    private static func isParagraph(_ ev: LineEvidence, _ decision: LineDecision) -> Bool {
        decision.role == .body && ev.shape == .good
    }

    /// A line the body may drop: furniture already named, or a short line that no structure (a
    /// list, a table, a caption, a short post) claims yet.
    /// By index into the page's evidence: a copy of a line's whole evidence retains its every string.
    @inline(__always)
    private static func isMaybeGapLine(_ evidence: [LineEvidence], _ k: Int) -> Bool {
        if evidence[k].noise != nil { return true }
        guard evidence[k].shape == .short else { return false }
        return !evidence[k].isCaption && !evidence[k].isTableRow && evidence[k].listItem == nil && !evidence[k].isShortPostLine
            && !evidence[k].isSparseBody
    }
}
