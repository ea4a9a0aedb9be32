/// Cleans select-all text copies of web pages, which have no DOM: lines are judged by their shape,
/// their vocabulary, their neighbours and their place on the page.
struct PlainTextCleaner: Sendable {
    /// `explains` false leaves `Document.blocks` empty (the index does not store them).
    func clean(_ article: Article, site: SiteContext?, explains: Bool = true) -> Document {
        let lines = LineSplitter.lines(of: article.text)
        // Cross-page evidence, guarded against copies of this page (compared by the body it has alone).
        let site = site.flatMap { site in
            site.pageCount >= 2 ? DuplicateGuard(site: site, lines: lines, source: article.source) {
                var evidence = LineEvidenceCollector.collect(lines, site: nil)
                let body = Self.body(lines, &evidence)
                return DuplicateGuard.SoloReading(body: body, evidence: evidence)
            } : nil
        }
        var evidence = LineEvidenceCollector.collect(lines, site: site)
        var body = Self.body(lines, &evidence)
        TeaserDetector.markGluedTeasers(lines, &evidence, in: body)
        // Teasers at the end of the body no longer belong to it.
        while let last = body.last, evidence[last].noise != nil || evidence[last].isCaption
            || (evidence[last].shape == .short && !lines[last].endsSentence) {
            body = body.lowerBound..<last
        }
        let meta = TextMetadataExtractor.extract(lines, evidence, body: body)
        let decisions = RoleAssigner.assign(lines, evidence, body: body, meta: meta)
        return DocumentBuilder.build(article: article, lines: lines, evidence: evidence, decisions: decisions, meta: meta,
                                     explains: explains)
    }

    /// The main text's line range: teasers and appeal boxes marked, the best segment, its header left out.
    private static func body(_ lines: [TextLine], _ evidence: inout [LineEvidence]) -> Range<Int> {
        TeaserDetector.mark(lines, &evidence)
        AppealBoxDetector.mark(lines, &evidence)
        let body = BodySegment.best(BodySegment.scores(lines, evidence), evidence: evidence)
        return ArticleHeader.bodyBelowHeader(lines, evidence, body: body)
    }
}
