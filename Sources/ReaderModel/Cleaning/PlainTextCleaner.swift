/// Cleans select-all text copies of web pages, which have no DOM: lines are judged by their shape,
/// their vocabulary, their neighbours and their place on the page.
struct PlainTextCleaner: Sendable {
    /// `explains` false leaves `Document.blocks` empty (the index does not store them).
    func clean(_ article: Article, site: SiteContext?, explains: Bool = true) -> Document {
        let lines = LineSplitter.lines(of: article.text)
        var evidence = LineEvidenceCollector.collect(lines, site: site)
        TeaserDetector.mark(lines, &evidence)
        TeaserListDetector.mark(lines, &evidence)
        AppealBoxDetector.mark(lines, &evidence)
        CommentThreadDetector.mark(lines, &evidence)
        var body = BodySegment.best(BodySegment.scores(lines, evidence), evidence: evidence)
        body = ArticleHeader.bodyBelowHeader(lines, evidence, body: body)
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
}
