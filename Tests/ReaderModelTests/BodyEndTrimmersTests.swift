import Testing
@testable import ReaderModel

/// Invented page: the end of the chosen body loses its trailing fragments unless the body was chosen
/// for its short lines, and the trimmers run in their stated order.
@Suite struct BodyEndTrimmersTests {
    static let page = [
        "The footpath along the canal will close for three weeks while the towpath is resurfaced by the trust.",
        "Walkers are asked to use the lane behind the mill, which the council has lit and signposted for the works.",
        "The cafe at the lock stays open throughout, and its owners say they expect a quiet month.",
        "Share this",
    ]

    @Test func trailingFragmentsLeaveTheBodyUnlessItKeepsShortLines() {
        let text = Self.page.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        #expect(lines.count == Self.page.count)
        let all = 0..<lines.count
        #expect(BodyEndTrimmers.trim(lines, &evidence, scores: scores, body: all, keepsShortLines: false).upperBound <= 3)
        var plain = LineEvidenceCollector.collect(lines, site: nil)
        plain[3].noise = nil
        #expect(BodyEndTrimmers.trim(lines, &plain, scores: scores, body: all, keepsShortLines: true) == all)
    }

    @Test func aBarOverScatteredProseNamesItselfAsTheEnd() {
        let article = Self.page.prefix(3).map { $0 }
        let bar = ["Share", "Print", "Email"]
        let stranded = ["Nice to see the lock cafe doing well."]
        let text = (article + bar + stranded).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        for i in 3..<6 { evidence[i].noise = nil; evidence[i].noiseSource = nil }
        let scores = BodySegment.scores(lines, evidence)
        let body = StrandedTailTrimmer.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<3)
        for i in 3..<6 {
            #expect(evidence[i].noise == .navigation)
            #expect(evidence[i].noiseSource == .rule(StrandedTailTrimmer.evidence))
        }
        #expect(evidence[6].noise == nil)
    }

    @Test func theTrimmersRunInTheirOrder() {
        #expect(BodyEndTrimmers.inOrder.map { "\($0)" } == ["DisclosureToggleTail", "GalleryCounterTail", "TeaserRunTail", "SpacedHeadlineRail", "StrandedTailTrimmer", "PostFooterParagraph", "ExcerptRunTail",
                                                                        "CommentsLineTail", "PaywallLineTail", "BoxesPastCommentsLine",
                                                                        "AuthorBoxTail", "AuthorNoteOverLink", "HeaderNamedAuthorBox", "TaxonomyLineTail", "DatedFooterLine", "DatedFilingLine",
                                                                        "BylineFilingSentence", "PermalinkFilingSentence", "HeadlineQuoteNote", "RepeatedArticleCopy",
                                                                        "PackedRunUnderRelatedHeader", "HeadlinePairsUnderRelatedHeader", "FurnitureGapTail", "ClosingBylineTail", "AboutHeadedNote"])
    }
}
