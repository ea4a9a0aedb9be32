import Testing
@testable import ReaderModel

/// Invented pages: a box of headlines set between a report and the page's footer. Past a wide gap,
/// a site blurb and a copyright notice leave the body; a report that goes on with its paragraphs
/// past a box inside it keeps them, and so does a page whose later part is the larger one.
@Suite struct FurnitureGapTailTests {
    static let report = [
        "The valley railway will reopen its northern branch in the spring, the operating company announced on Monday after two years of repairs to the viaduct.",
        "Engineers replaced more than four hundred of the stone blocks that carry the line over the river, and the work came in slightly under the budget set in 2022.",
        "Local traders say the closure cost them a third of their summer visitors, and several cafés near the upper station shut for good during the works.",
        "The company plans six trains a day at first, rising to ten once the signalling upgrade at the junction is finished later in the year.",
    ]

    static let box = [
        "TOP STORIES", "Mountain Pass Closed After Overnight Snow", "New Mayor Sworn In at Riverside Hall",
        "Ski Lifts Open Early as Temperatures Drop", "Hospital Wing Named After Retired Nurse", "Goats Return to the High Pastures",
        "Bridge Toll Frozen for Another Year", "School Choir Wins Regional Prize", "MORE NEWS",
    ]

    static let footer = [
        "Valley Courier is the independent daily of the upper valley, founded by a group of printers who wanted a paper of their own.",
        "All photographs and text on this site belong to their authors and may not be reproduced without written permission.",
    ]

    static func read(_ paragraphs: [String]) -> (lines: [TextLine], evidence: [LineEvidence], scores: [Double]) {
        let text = paragraphs.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        return (lines, evidence, BodySegment.scores(lines, evidence))
    }

    @Test func footerPastAWideGapLeavesTheBody() {
        var (lines, evidence, scores) = Self.read(Self.report + Self.box + Self.footer)
        let body = FurnitureGapTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<Self.report.count)
        #expect(evidence[lines.count - 1].noiseSource == .rule(FurnitureGapTail.evidence))
    }

    @Test func reportThatGoesOnPastTheBoxKeepsItsParagraphs() {
        let rest = [
            "Ticket prices will stay at last year's level, the company said, although a new family pass will cost a little more than the old one.",
            "Walkers' groups have asked for a request stop at the old quarry halt, which the company says it will consider once the timetable settles.",
            "The first train is due to leave the lower station at eight in the morning on the last Saturday of March, weather permitting.",
        ]
        var (lines, evidence, scores) = Self.read(Self.report + Self.box + rest)
        let body = FurnitureGapTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }

    @Test func laterPartLargerThanHalfTheArticleStays() {
        // Past the gap, more words than half the report: not a footer but more of the page's text.
        let long = Array(Self.report.prefix(3)).map { $0 + " " + $0 }
        var (lines, evidence, scores) = Self.read(Self.report + Self.box + [long[0], "Notes", long[1]])
        let body = FurnitureGapTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }

    @Test func shortArticleHasNoGapToEnd() {
        // Two paragraphs above the box are not yet an article the rule can tell from its footer.
        var (lines, evidence, scores) = Self.read(Array(Self.report.prefix(2)) + Self.box + Self.footer)
        let body = FurnitureGapTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }

    @Test func wholePageEndsAboveTheBox() {
        let page = ["Valley Courier", "Home", "News", "Sport", "", "Northern branch to reopen in spring", ""]
            + Self.report.flatMap { [$0, ""] } + Self.box + [""] + Self.footer.flatMap { [$0, ""] }
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.report)
    }
}
