/// The article's header found on the whole page, whatever run was chosen as its body: a
/// headline-shaped line set over a byline or date line, whose words recur in the prose after that
/// line. When the body choice takes a related story, a table or the comments, the line over that
/// run is the run's heading, not the page's; the first header of the page whose headline the text
/// under it speaks of is the article's.
enum PageHeaderHeadline {
    /// Header lines looked at, from the top: the article's header comes before the teasers' headers.
    static let maxHeaders = 6
    /// Share of the headline's content words that the prose under the header must hold.
    static let minimumOverlap = 0.6

    /// The evidence, for `--explain`.
    static func note(overlap: Double, underDate: Bool) -> String {
        (underDate ? "headline: under the page's first date line" : "headline: over the page's first byline or date line")
            + ", \(Int((overlap * 100).rounded()))% of its words in the prose under it"
    }

    /// The headline of the page's first header whose prose speaks of it, above `limit`; nil when none does.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], above limit: Int) -> (index: Int, overlap: Double, underDate: Bool)? {
        var headers = 0
        var i = 1
        while i < min(lines.count, limit + 3), headers < maxHeaders {
            defer { i += 1 }
            guard HeaderMetadataLine.matches(i, lines, evidence, maxDateWords: HeaderMetadataLine.maxWordyDateLineWords,
                                             creditsCount: true) else { continue }
            headers += 1
            guard proseFollows(i, lines, evidence) else { continue }
            // The header block above the byline: the headline nearest it, unless a line directly
            // above that speaks of the prose as well and is no longer: then that is the headline and
            // the nearer one its standfirst.
            var best: (index: Int, overlap: Double)?
            var words: HeadlineFinder.StemSet?
            for k in stride(from: i - 1, through: max(0, i - 4), by: -1) where k < limit {
                if evidence[k].shape == .good, lines[k].endsSentence { break }
                if let found = best, k != found.index - 1 { break }
                guard isHeadlineShaped(lines[k], evidence[k]) else { continue }
                if let found = best, lines[k].wordCount > lines[found.index].wordCount { break }
                if words == nil { words = HeadlineFinder.openingWords(lines, evidence, body: (i + 1)..<lines.count) }
                let overlap = HeadlineFinder.overlap(lines[k], words!)
                if overlap >= minimumOverlap { best = (k, overlap) } else if best != nil { break }
            }
            if let best { return (best.index, best.overlap, false) }
            // Some headers date the post above its headline: the first headline-shaped line within
            // two lines under the date, the prose after it speaking of it.
            if evidence[i].dateISO != nil, evidence[i].byline == nil, let under = headlineUnder(i, lines, evidence, limit: limit) { return (under.index, under.overlap, true) }
        }
        return nil
    }

    /// A headline's shape: a few words, no sentence period, no caption, list item or metadata.
    /// Lines glued to menus or swept into a teaser run qualify: a headline sits among links.
    private static func isHeadlineShaped(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard (3...20).contains(line.wordCount), !line.isBullet, !ev.isCaption, !ev.isTableRow, !ev.isMetadata,
              !ev.isTimestamp else { return false }
        if line.endsSentence, line.text.last != "?", line.text.last != "!" { return false }
        switch ev.noise {
        case nil: return true
        case .related?, .repeated?:
            guard let source = ev.noiseSource else { return false }
            return source.isRepeatedInPage || source.isTeaserList
        default: return false
        }
    }

    /// The headline a line or two under the header line at `i`, with a tag or kicker of two words at most between.
    private static func headlineUnder(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], limit: Int) -> (index: Int, overlap: Double)? {
        let end = min(limit, lines.count, i + 3)
        guard i + 1 < end else { return nil }
        for k in (i + 1)..<end {
            guard isHeadlineShaped(lines[k], evidence[k]) else {
                if lines[k].wordCount <= 2, !evidence[k].isMetadata { continue }
                return nil
            }
            let overlap = HeadlineFinder.overlap(lines[k], HeadlineFinder.openingWords(lines, evidence, body: (k + 1)..<lines.count))
            return overlap >= minimumOverlap ? (k, overlap) : nil
        }
        return nil
    }

    /// A byline or date line within three lines below `i` or two above: a line so placed heads a
    /// header of its own, and the page header does not overrule it. A dated row of a table or a log heads nothing.
    static func isNearHeader(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        (max(0, i - 2)..<min(lines.count, i + 4)).contains {
            $0 != i && !evidence[$0].isTableRow && !isInDatedRun($0, evidence)
                && HeaderMetadataLine.matches($0, lines, evidence, maxDateWords: HeaderMetadataLine.maxWordyDateLineWords, creditsCount: true)
        }
    }

    /// The line and the next carry dates, and so does the one after or before: rows of a log or a
    /// table, not a header.
    private static func isInDatedRun(_ i: Int, _ evidence: [LineEvidence]) -> Bool {
        guard evidence[i].dateISO != nil, i + 1 < evidence.count, evidence[i + 1].dateISO != nil else { return false }
        return i + 2 < evidence.count && evidence[i + 2].dateISO != nil || i > 0 && evidence[i - 1].dateISO != nil
    }

    /// A paragraph of prose within the next lines: a header heads an article.
    private static func proseFollows(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        ((i + 1)..<min(lines.count, i + 8)).contains { evidence[$0].shape == .good && lines[$0].endsSentence }
    }
}
