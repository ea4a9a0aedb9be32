import Testing
@testable import ReaderModel

/// Invented pages: a story printed twice (a preview, then the same paragraphs again) loses its second
/// copy; a refrain repeated between paragraphs and a placeholder paragraph printed over and over stay.
@Suite struct RepeatedArticleCopyTests {
    static let story = [
        "Orchard growers in the northern hills expect the smallest apple harvest in a decade after a late frost damaged the blossom in April.",
        "The growers' association says some farms lost more than half their crop, and it has asked the regional council for help with storage costs.",
        "Cider makers, who buy much of the fruit, say they will import from the coast to keep their presses running through the autumn.",
    ]

    static func read(_ paragraphs: [String]) -> (lines: [TextLine], evidence: [LineEvidence], scores: [Double]) {
        let text = paragraphs.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        return (lines, evidence, BodySegment.scores(lines, evidence))
    }

    @Test func secondCopyOfTheStoryLeavesTheBody() {
        var (lines, evidence, scores) = Self.read(Self.story + ["Subscribers"] + Self.story)
        let body = RepeatedArticleCopy.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<Self.story.count)
        #expect(evidence[lines.count - 1].noiseSource == .rule(RepeatedArticleCopy.evidence))
    }

    @Test func wholePageKeepsOneCopy() {
        let page = ["Hill Gazette", "Home", "Farming", "", "Frost cuts the apple harvest", ""]
            + Self.story.flatMap { [$0, ""] } + ["Read the full story", ""] + Self.story.flatMap { [$0, ""] }
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.story)
    }

    @Test func oneRepeatedParagraphStays() {
        // A refrain closing the story again is one line, not a copy of the article.
        let refrain = "Nobody at the association would say when the council will answer."
        var (lines, evidence, scores) = Self.read([Self.story[0], refrain, Self.story[1], Self.story[2], refrain])
        let body = RepeatedArticleCopy.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }

    @Test func placeholderParagraphPrintedOverAndOverStays() {
        let filler = "Sample text fills this column until the writer sends the real paragraphs for the layout test."
        var (lines, evidence, scores) = Self.read(Array(repeating: filler, count: 6))
        let body = RepeatedArticleCopy.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }
}
