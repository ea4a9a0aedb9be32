/// A short article under its own header (a headline over a byline or date line) can lose narrowly
/// to one paragraph elsewhere that no header heads (an issue blurb, an about box, a sidebar note).
/// When the page has exactly one such header with prose right under it, and the heaviest run has
/// no header of its own, the run under the header counts `factor` times: a near tie goes to the
/// article its header anchors, while a page with several headed runs (an index) is left alone.
enum RunUnderArticleHeader: BodyEvidenceSource {
    static let evidence = "the run under the page's only article header (headline over byline or date)"
    /// The headed run's prose counts this many times against a run without a header.
    static let factor = 2.0
    /// The headed run must hold this much prose.
    static let minimumProse = 20.0
    /// The run starts this close under the metadata line.
    static let maxLead = 4
    /// How far down from its header the run is looked for.
    static let span = 80

    /// The run under the only article header when the heaviest run has none; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard !chosen.isEmpty, !RunUnderOwnHeader.holds(chosen, lines, evidence) else { return nil }
        var found: Range<Int>?
        for k in lines.indices where HeaderMetadataLine.isArticleHeader(k, lines, evidence, allowing: .cleanOrRepeated,
                                                                                headlineWords: ArticleHeadline.minimumWords) {
            let window = (k + 1)..<min(lines.count, k + 1 + span)
            let best = BodySegment.best(Array(scores[window]))
            let run = (best.lowerBound + window.lowerBound)..<(best.upperBound + window.lowerBound)
            guard !run.isEmpty, run.lowerBound - k <= maxLead, BodyCandidate.proseSum(scores, run) >= minimumProse,
                  RunUnderOwnHeader.holds(run, lines, evidence) else { continue }
            // A second headed run makes the page an index of posts (a byline over a date line heads one run).
            if let found, found != run { return nil }
            found = run
        }
        guard let run = found, run.upperBound <= chosen.lowerBound || run.lowerBound >= chosen.upperBound else { return nil }
        return BodyCandidate(range: run, prose: BodyCandidate.proseSum(scores, run),
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(factor))])
    }
}
