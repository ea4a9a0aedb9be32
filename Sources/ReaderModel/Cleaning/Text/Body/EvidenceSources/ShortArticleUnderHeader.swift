/// A post of a few lines holds no paragraph that reads as prose, so the scored body lands on some
/// stray sentence in the page's chrome. When the chosen body is that thin, the clean lines right
/// under the first article header (a headline over a byline or date line) are the article.
enum ShortArticleUnderHeader: BodyEvidenceSource {
    static let evidence = "short article under its headline and byline"
    /// Below this much prose the chosen body proves nothing.
    static let thinBody = 30.0
    /// The lines under the header must hold this many words.
    static let minimumWords = 15
    /// How far below the header the article may run before furniture starts.
    static let maxLines = 12

    /// The lines under the header when the heaviest run is thin; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        var prose = 0.0
        var chosenWords = 0
        for i in chosen {
            prose += max(0, scores[i])
            if evidence[i].noise == nil { chosenWords += lines[i].wordCount }
        }
        guard prose < thinBody else { return nil }
        // The first byline or date line under any title-like line: no headline length is asked here.
        guard let header = lines.indices.first(where: { HeaderMetadataLine.isArticleHeader($0, lines, evidence) }) else { return nil }
        var end = header + 1
        var words = 0
        while end < lines.count, end - header <= maxLines, evidence[end].isCleanOrFragment,
              !evidence[end].isMetadata {
            if evidence[end].noise == nil { words += lines[end].wordCount }
            end += 1
        }
        guard words >= minimumWords, words > chosenWords else { return nil }
        let range = (header + 1)..<end
        // A run that thin proves nothing against the lines under the article's own header.
        return BodyCandidate(range: range, prose: BodyCandidate.proseSum(scores, range),
                             features: [BodyFeature(evidence: Self.evidence, weight: .decisive, keepsShortLines: true)])
    }
}
