/// Cleans select-all text copies of web pages, which have no DOM: lines are judged by their shape,
/// their vocabulary, their neighbours and their place on the page.
struct PlainTextCleaner: Sendable {
    /// `explains` false leaves `Document.blocks` empty (the index does not store them).
    func clean(_ article: Article, site: SiteContext?, explains: Bool = true) -> Document {
        let wrapped = WrappedLineJoiner.join(LineSplitter.lines(of: article.text), in: article.text)
        let lines = CellLineTableJoiner.join(TabCellRowJoiner.join(wrapped, in: article.text), in: article.text)
        // Each line's own evidence, the same in both readings of a page with copies.
        let lineEvidence = LineEvidenceCollector.lineEvidence(lines)
        // Cross-page evidence, guarded against copies of this page (compared by the body it has alone).
        let site = site.flatMap { site in
            site.pageCount >= 2 ? DuplicateGuard(site: site, lines: lines, source: article.source, text: article.text) {
                let solo = Self.read(lines, site: nil, lineEvidence: lineEvidence)
                return DuplicateGuard.SoloReading(body: solo.body, evidence: solo.evidence)
            } : nil
        }
        var (evidence, body, textless) = Self.read(lines, site: site, lineEvidence: lineEvidence)
        let meta = TextMetadataExtractor.extract(lines, evidence, body: body)
        // An edition's first story opens with its headline, as its other stories do.
        if textless == nil, let first = meta.editionFirstHeadline, first < body.lowerBound {
            body = first..<body.upperBound
            evidence[first].keptNote = EditionIssueLine.storyHeadlineEvidence
        }
        // The headline found inside the run: the lines glued over it are its header's.
        if textless == nil, let start = BlockGluedOverHeadline.start(lines, &evidence, body: body, title: meta.titleIndex) {
            body = start..<body.upperBound
        }
        // The headline printed again over a list inside the body heads that list.
        if textless == nil { RestatedHeadlineOverList.mark(lines, &evidence, body: body, title: meta.titleIndex) }
        let decisions = RoleAssigner.assign(lines, evidence, body: body, meta: meta, textless: textless, explains: explains)
        return DocumentBuilder.build(article: article, lines: lines, evidence: evidence, decisions: decisions, meta: meta,
                                     explains: explains)
    }

    /// Every line's evidence and the main text's line range: noise marked, the best segment, its
    /// header and trailing teasers left out, tables it runs into kept. A post with no text has an
    /// empty body under its header, whose lines `textless` names.
    private static func read(_ lines: [TextLine], site: DuplicateGuard?, lineEvidence: [LineEvidence])
        -> (evidence: [LineEvidence], body: Range<Int>, textless: TextlessPostHeader.Post?) {
        var evidence = LineEvidenceCollector.collect(lines, site: site, lineEvidence: lineEvidence)
        MarkupLineDetector.mark(lines, &evidence)
        UnpunctuatedProseRun.mark(lines, &evidence)
        RepeatedHeadingDetector.mark(lines, &evidence)
        TeaserDetector.mark(lines, &evidence)
        TeaserListDetector.mark(lines, &evidence)
        ArticleList.reclaimTeaserRuns(lines, &evidence)
        CardListDetector.mark(lines, &evidence)
        GluedCardLine.mark(lines, &evidence)
        AppealBoxDetector.mark(lines, &evidence)
        ConsentDialogRun.mark(lines, &evidence)
        SignUpBoxInStory.mark(lines, &evidence)
        GluedTagRow.mark(lines, &evidence)
        CommentInvitationLine.mark(lines, &evidence)
        QuotedTitleCommentHeader.mark(lines, &evidence)
        CommentThreadDetector.mark(lines, &evidence)
        NameLedCommentRun.mark(lines, &evidence)
        ActivityNoteRun.mark(lines, &evidence)
        FilingListLine.mark(lines, &evidence)
        let tables = TableRunDetector.mark(lines, &evidence)
        CodeSampleRun.mark(lines, &evidence)
        UnspacedShortParagraph.mark(lines, &evidence)
        MediaPlayerControls.mark(lines, &evidence)
        let scores = BodySegment.scores(lines, evidence)
        var (body, keepsShortLines) = BodyChoice.choose(lines, &evidence, scores: scores)
        TeaserDetector.markGluedTeasers(lines, &evidence, in: body)
        ArrowLinkLine.mark(lines, &evidence, in: body)
        // A review's pros-and-cons box is the article's before the end trimmers read short lines as a bar or a gap.
        ProsAndConsBox.mark(lines, &evidence, body: body)
        body = BodyEndTrimmers.trim(lines, &evidence, scores: scores, body: body, keepsShortLines: keepsShortLines)
        body = ForumThreadBody.widen(lines, &evidence, body: body)
        body = PostFooterRun.widen(lines, &evidence, body: body)
        body = RecordListingBody.widen(lines, &evidence, body: body)
        RecordFieldBlocks.keep(lines, &evidence, body: body)
        body = TrailingRecordBlock.widen(lines, &evidence, body: body)
        body = ArticleList.widen(lines, &evidence, body: body)
        body = MarkedListRun.widen(lines, &evidence, body: body)
        body = LetterClosing.widen(lines, &evidence, body: body)
        body = LetterSalutation.widen(lines, &evidence, body: body)
        body = FactCheckBoxes.widen(lines, &evidence, body: body)
        body = KeyPointsBox.widen(lines, &evidence, body: body)
        body = EpisodeChapterList.widen(lines, &evidence, body: body)
        body = ClosingSourceList.widen(lines, &evidence, body: body)
        body = SignedLettersPage.fit(lines, &evidence, body: body)
        TimelineEntryDates.keep(lines, &evidence, body: body)
        SharedTrailingFieldRun.mark(lines, &evidence, body: body)
        body = LeadInAboveProse.widen(lines, &evidence, body: body)
        body = TableRunDetector.keepTables(lines, &evidence, runs: tables, body: body)
        if body.isEmpty, let sparse = SparsePageBody.body(lines, &evidence) { body = sparse }
        // Past the sparse fallback: the header is the post, and no stray run refills it.
        let textless = TextlessPostHeader.find(lines, evidence, scores: scores, body: body)
            ?? PhotoPostUnderBreadcrumb.find(lines, evidence, scores: scores, body: body)
        if let textless { body = textless.end..<textless.end }
        SplitArticleJoiner.noteRepeatedLabelGaps(&evidence, scores: scores, body: body)
        return (evidence, body, textless)
    }
}
