/// Finds the article's own header (a headline directly above a byline or date line) near the start
/// of the chosen run: prose above that header is page furniture (appeals, browser notices, teasers),
/// however sentence-like it reads, so the body starts below the header.
enum ArticleHeader: BodyStartSource {
    static let evidence = "the article starts under its headline and byline"
    /// A header whose byline or date line recurs in this many lines of the run, itself included,
    /// heads one of a series of items set between the article's paragraphs (quoted posts, reader
    /// replies, cards, each under its author and date): the article's own header is one of a kind.
    static let minimumSeries = 3

    /// The line under the header when the prose above the headline is small next to the article.
    static func start(_ lines: [TextLine], _ evidence: [LineEvidence], run body: Range<Int>) -> BodyStart? {
        let limit = min(body.upperBound, body.lowerBound + 20)
        // A quotation's attribution under the quote carries a date but heads nothing (`QuoteAttributionLine`).
        for i in body.lowerBound..<limit where HeaderMetadataLine.matches(i, lines, evidence) && !QuoteAttributionLine.matches(lines[i]) {
            guard let headline = HeaderMetadataLine.headline(over: i, lines, evidence, minimumWords: ArticleHeadline.minimumWords)
            else { continue }
            // Only when what comes before the headline is small next to the article after the byline.
            let before = proseWords(lines, evidence, body.lowerBound..<max(body.lowerBound, headline))
            let after = proseWords(lines, evidence, (i + 1)..<body.upperBound)
            // A headline over a byline and a date line is a fuller header than either alone: prose
            // up to the article's own size above it is still furniture (an author box, a sidebar).
            let share = isFullHeader(i, lines, evidence, run: body) ? 1 : 2
            guard before > 0 || headline >= body.lowerBound, before * share < after else { return nil }
            // Prose above the first of a series of embedded items is the article's opening.
            if before > 0, isSeries(from: i, lines, evidence, run: body) { return nil }
            if before > 0, RunUnderOwnHeader.holds(ShareBarAboveRun.extended(body, lines, evidence), lines, evidence) { return nil }
            return BodyStart(line: i + 1, evidence: Self.evidence)
        }
        return nil
    }

    /// The header line at `i` is the first of at least `minimumSeries` byline or date lines in the
    /// rest of the run, each parted from the one before by a line of text: a header's byline over
    /// its date line is one header.
    static func isSeries(from i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], run body: Range<Int>) -> Bool {
        var count = 1
        var parted = false
        for k in (i + 1)..<max(i + 1, body.upperBound) {
            if HeaderMetadataLine.matches(k, lines, evidence) {
                guard parted else { continue }
                count += 1
                if count >= minimumSeries { return true }
                parted = false
            } else if evidence[k].noise != .fragment, !evidence[k].isMetadata {
                parted = true
            }
        }
        return false
    }

    /// The header line at `i` has a second one right under it, one naming the writer and the other
    /// dating the piece: a byline over its date line (or a date over its byline).
    static func isFullHeader(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], run body: Range<Int>) -> Bool {
        let next = i + 1
        guard next < body.upperBound, HeaderMetadataLine.matches(next, lines, evidence) else { return false }
        let bylineFirst = evidence[i].byline != nil && evidence[next].dateISO != nil
        let dateFirst = evidence[i].dateISO != nil && evidence[next].byline != nil
        return bylineFirst || dateFirst
    }

    /// The words of the clean prose lines in `range`: what weighs an article against the lines above its header.
    static func proseWords(_ lines: [TextLine], _ evidence: [LineEvidence], _ range: Range<Int>) -> Int {
        var words = 0
        for i in range where evidence[i].shape == .good && evidence[i].noise == nil { words += lines[i].wordCount }
        return words
    }
}
