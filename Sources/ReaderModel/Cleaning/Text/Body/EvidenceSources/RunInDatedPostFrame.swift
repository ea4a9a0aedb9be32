/// Many blog themes print a post's date under its text ("<date> in <category> | Permalink"), not
/// under its headline, so the post has no header for `RunUnderArticleHeader` and a sidebar block
/// (a list of rules, an events box) can outweigh it narrowly. The post shows itself by its frame
/// instead: a headline just over the run, a dated footer line just under it, and the page's
/// comment section right below that footer, with nothing that reads as prose in between. When the
/// page has exactly one such frame and the heaviest run has no header of its own, the framed run
/// counts `factor` times, as a run under the page's only article header does.
enum RunInDatedPostFrame: BodyEvidenceSource {
    static let evidence = "the post framed by the page's only headline over it and dated footer under it, above the comment section"
    /// The framed run's prose counts this many times against a run without a header.
    static let factor = RunUnderArticleHeader.factor
    /// The framed run must hold this much prose.
    static let minimumProse = 20.0
    /// The headline sits at most this many lines over the run's first line.
    static let maxLead = 4
    /// The footer line sits at most this many lines under the run's last line (a signature, a share label).
    static let maxTail = 4
    /// The comments header sits at most this many lines under the footer (trackbacks, a reply count).
    static let maxSection = 12
    /// A dated line this long is a title with a date in it rather than a date line.
    static let minimumDatedHeadlineWords = 6
    /// This many lines in a row that add nothing end the post upwards (`BodySegment.best`'s split).
    static let maxGap = 14
    /// How far up from its footer the run is looked for.
    static let span = 80

    /// The run in the page's only dated post frame when the heaviest run has no header; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard !chosen.isEmpty else { return nil }
        var found: (run: Range<Int>, header: Int)?
        for h in lines.indices where CommentSectionGuard.isCommentsHeader(lines[h], evidence[h]) {
            guard let run = framedRun(above: h, lines, evidence, scores: scores) else { continue }
            // A second framed run makes the page an index of posts.
            if let found, found.run != run { return nil }
            if found == nil { found = (run, h) }
        }
        guard let (run, header) = found, run.upperBound <= chosen.lowerBound || run.lowerBound >= chosen.upperBound,
              !CommentSectionGuard.isIndexPage(lines, evidence) else { return nil }
        // A heavier run under a header of its own is another post, unless it lies past the framed
        // post's comment section (a sidebar's event or teaser under its title and date).
        if chosen.lowerBound < header, RunUnderOwnHeader.holds(chosen, lines, evidence) { return nil }
        return BodyCandidate(range: run, prose: BodyCandidate.proseSum(scores, run),
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(factor))])
    }

    /// The run between a headline and the dated footer line closest above the comments header at `h`.
    static func framedRun(above h: Int, _ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double]) -> Range<Int>? {
        // Up from the header to the footer line, across lines that add nothing (trackbacks, counts).
        var f = h - 1
        while f >= 0, f >= h - maxSection, !isFooter(f, lines, evidence) {
            if scores[f] > 0 { return nil }
            f -= 1
        }
        guard f > 0, f >= h - maxSection else { return nil }
        guard let run = heaviestRun(endingNear: f, scores), BodyCandidate.proseSum(scores, run) >= minimumProse else { return nil }
        // The headline over the run; a date or byline line there would make it a header-led post.
        let lead = max(0, run.lowerBound - maxLead)..<run.lowerBound
        guard lead.contains(where: { isHeadline(lines[$0], evidence[$0]) }) else { return nil }
        return run
    }

    /// A title-like line of three words or more; a post's title may carry its own date ("Week in
    /// review - October 29, 2012"), which a date line of a few words does not pass for.
    private static func isHeadline(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard line.wordCount >= 3 else { return false }
        if TextMetadataExtractor.isTitleCandidate(line, ev) { return true }
        guard ev.dateISO != nil, ev.byline == nil, line.wordCount >= minimumDatedHeadlineWords else { return false }
        var undated = ev
        undated.dateISO = nil
        return TextMetadataExtractor.isTitleCandidate(line, undated)
    }

    /// The heaviest run that ends at most `maxTail` lines over line `f`, starts at most `span` lines over
    /// it and bridges no `maxGap` lines that add nothing.
    static func heaviestRun(endingNear f: Int, _ scores: [Double]) -> Range<Int>? {
        var best: Range<Int>?
        var bestSum = 0.0
        for end in stride(from: f - 1, through: max(0, f - maxTail), by: -1) where scores[end] > 0 {
            var sum = 0.0
            var gap = 0
            for start in stride(from: end, through: max(0, f - span), by: -1) {
                sum += scores[start]
                // A long stretch of lines that add nothing ends the post, as it splits a scored run.
                gap = scores[start] > 0 ? 0 : gap + 1
                if gap >= maxGap { break }
                if sum > bestSum, scores[start] > 0 { bestSum = sum; best = start..<(end + 1) }
            }
        }
        return best
    }

    /// A short date or byline line the cleaner has not named as furniture of another kind.
    private static func isFooter(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        (evidence[i].noise == nil || evidence[i].noise == .metadata) && HeaderMetadataLine.matches(i, lines, evidence)
    }
}
