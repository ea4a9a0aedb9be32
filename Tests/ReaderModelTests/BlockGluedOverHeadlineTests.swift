import Testing
@testable import ReaderModel

/// Invented pages: a notice or a tagline glued over the headline leaves the body; a paragraph set
/// apart from the headline by a blank line, and a long block over a short story, stay.
@Suite struct BlockGluedOverHeadlineTests: TextPageCleaning {
    static let headline = "Frost cuts the apple harvest in the northern hills"
    static let story = [
        "Orchard growers in the northern hills expect the smallest apple harvest in a decade after a late frost damaged the blossom in April.",
        "The growers' association says some farms lost more than half their crop, and it has asked the regional council for help with storage costs.",
        "Cider makers, who buy much of the fruit, say they will import from the coast to keep their presses running through the autumn.",
    ]
    static let notice = "This story is shared by link only, so only readers who were sent the address can open it. Do you still want to share it? Yes, show the options"

    @Test func noticeGluedOverTheHeadlineLeaves() {
        let doc = clean(["Hill Gazette", "Sign in", "", Self.notice, Self.headline, ""] + Self.story.flatMap { [$0, ""] })
        #expect(doc.title == Self.headline)
        #expect(doc.paragraphs == Self.story)
        let block = doc.blocks.first { $0.text == Self.notice }
        #expect(block?.role == .removed)
        #expect(block?.evidence?.contains(BlockGluedOverHeadline.evidence) == true)
    }

    @Test func ruleReadsOnlyTheHeadlinesBlock() {
        let text = ([Self.notice, Self.headline, ""] + Self.story.flatMap { [$0, ""] }).joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(BlockGluedOverHeadline.start(lines, &evidence, body: 0..<lines.count, title: 1) == 1)
        #expect(evidence[0].noiseSource == .rule(BlockGluedOverHeadline.evidence))
        // Parted from the headline by a blank line, the paragraph is the run's own.
        let parted = ([Self.notice, "", Self.headline, ""] + Self.story).joined(separator: "\n")
        let partedLines = WrappedLineJoiner.join(LineSplitter.lines(of: parted), in: parted)
        var partedEvidence = LineEvidenceCollector.collect(partedLines, site: nil)
        #expect(BlockGluedOverHeadline.start(partedLines, &partedEvidence, body: 0..<partedLines.count, title: 1) == nil)
    }

    @Test func longBlockOverAShortStoryStays() {
        let text = ([Self.notice + " " + Self.notice, Self.headline, "", Self.story[0]]).joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(BlockGluedOverHeadline.start(lines, &evidence, body: 0..<lines.count, title: 1) == nil)
        #expect(evidence[0].noise == nil)
    }
}
