/// A short post under its own header (a headline over a byline or date line) loses to a longer run
/// further down: a site blurb, a feed widget's teasers, a disclaimer in the footer. When a related
/// or comments header stands between the two, the run under the header is the article (it ends
/// there) and the later run is past the article's end; chrome that long rarely outweighs the post
/// many times over, so the later run may hold at most `maxRatio` times the post's prose.
enum ArticleBeforeEndMarkers: BodyEvidenceSource {
    static let evidence = "article under its header, before the related/comments header; later prose is past its end"
    /// The article under the header must hold this much prose.
    static let minimumProse = 15.0
    /// The article starts this close under the header.
    static let maxLead = 4
    /// The later run may outweigh the article by at most this much.
    static let maxRatio = 3.0
    /// A teaser's title with its date glued on is longer than a post's own byline or date line.
    static let leadingHeaderWords = 10

    /// The run under the first article header when the heaviest run lies past its end markers; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard !chosen.isEmpty, chosen.lowerBound > 1 else { return nil }
        // The first article header on the page, above the chosen run.
        guard let header = (0..<chosen.lowerBound).first(where: { isHeader($0, lines, evidence) }) else { return nil }
        // The article's end: the first related or comments header below it, above the chosen run.
        guard let end = ((header + 1)..<chosen.lowerBound).first(where: { isEndMarker(lines[$0], evidence[$0]) }) else { return nil }
        // A second header before the end marker reads as an index of posts; a headline over its own
        // byline or date line right above the chosen run is another article.
        if ((header + 1)..<end).contains(where: { isHeader($0, lines, evidence) }) { return nil }
        if (max(end, chosen.lowerBound - 3)...chosen.lowerBound).contains(where: {
            isHeader($0, lines, evidence) && lines[$0].wordCount <= leadingHeaderWords
        }) { return nil }
        // The best run under the header alone: a headline scored as prose does not start it.
        let under = BodySegment.best(Array(scores[(header + 1)..<end]))
        let article = (under.lowerBound + header + 1)..<(under.upperBound + header + 1)
        guard !article.isEmpty, article.lowerBound > header, article.lowerBound - header <= maxLead else { return nil }
        let articleProse = BodyCandidate.proseSum(scores, article)
        guard articleProse >= minimumProse else { return nil }
        return BodyCandidate(range: article, prose: articleProse,
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(maxRatio), beatenRunReads: .related)])
    }

    /// A related-stories or comments header named by the vocabulary.
    private static func isEndMarker(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.noiseSource == .vocabulary, line.wordCount <= 6 else { return false }
        return ev.noise == .related || ev.noise == .comments
    }

    /// A byline or date line (a wordy one: no teaser is the page's first header) with a headline of
    /// three words or more over it; a line marked as related or comments noise is no header.
    private static func isHeader(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        HeaderMetadataLine.isArticleHeader(i, lines, evidence, allowing: .anyButRelatedOrComments,
                                           maxDateWords: HeaderMetadataLine.maxWordyDateLineWords,
                                           headlineWords: ArticleHeadline.minimumWords)
    }
}
