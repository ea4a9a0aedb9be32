import Testing
@testable import ReaderModel

/// Invented pages: a rail of story links under a column, each headline alone in a block set wider
/// apart (a spacer line between) than the column's paragraphs, leaves the body; subheads spaced as
/// the paragraphs are, and a page that spaces everything wide, keep their lines.
@Suite struct SpacedHeadlineRailTests: TextPageCleaning {
    static let column = [
        "The new season of the chamber orchestra opened on Friday with a programme that nobody in the hall could have predicted a year ago.",
        "Its conductor, who took over in the spring, chose three pieces by composers from the valley, two of them still alive and sitting in the front row.",
        "The audience, polite at first, was on its feet by the interval, and the second half was played to a hall that had forgotten to check the time.",
    ]
    static let rail = [
        "Ten Bakeries Worth the Early Train Ride",
        "Why Does Every Kettle Now Sing a Tune?",
        "The Ferry Captain Who Never Missed a Tide",
        "Watch a Fox Steal a Picnic in Slow Motion!",
    ]

    /// Paragraphs a blank line apart, then the rail, each headline a blank, a spacer and a blank apart.
    static func page(_ rail: [String], spacer: String = " ") -> [String] {
        ["Arts Weekly", "", Self.column[0], "", Self.column[1], "", Self.column[2]]
            + rail.flatMap { ["", spacer, "", $0] } + ["", "About", "Contact"]
    }

    static func read(_ page: [String]) -> (lines: [TextLine], evidence: [LineEvidence], scores: [Double]) {
        let text = page.joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        return (lines, evidence, BodySegment.scores(lines, evidence))
    }

    @Test func railSpacedWiderThanTheParagraphsLeaves() {
        #expect(clean(Self.page(Self.rail)).paragraphs == Self.column)
        // Two of the rail's lines inside the body, the rest past its end: together they are the rail.
        var (lines, evidence, scores) = Self.read(Self.page(Self.rail))
        let body = 1..<6
        #expect(SpacedHeadlineRail.trim(lines, &evidence, scores: scores, body: body) == 1..<4)
        #expect(evidence[4].noiseSource == .rule(SpacedHeadlineRail.evidence))
    }

    @Test func twoHeadlinesAreNoRail() {
        // Two spaced lines may be the column's own closing notes: the rule needs three.
        var (lines, evidence, scores) = Self.read(Self.page(Array(Self.rail.prefix(2))))
        let body = 1..<6
        #expect(SpacedHeadlineRail.trim(lines, &evidence, scores: scores, body: body) == body)
    }

    @Test func pageSpacedWideThroughoutKeepsItsLines() {
        // Every paragraph is set as wide as the headlines: the spacing tells nothing apart.
        let wide = [Self.column[0], Self.column[1], Self.column[2]] + Self.rail
        var (lines, evidence, scores) = Self.read(wide.flatMap { ["", " ", "", $0] })
        #expect(SpacedHeadlineRail.trim(lines, &evidence, scores: scores, body: 0..<lines.count) == 0..<lines.count)
    }

    @Test func sentencesSpacedWideStay() {
        // Closing lines that end in a full stop are the column's, however they are spaced.
        let notes = ["The orchestra plays again next month.", "Tickets are on sale now.", "The hall opens at seven."]
        var (lines, evidence, scores) = Self.read(Self.page(notes))
        let body = 1..<(lines.count - 2)
        #expect(SpacedHeadlineRail.trim(lines, &evidence, scores: scores, body: body) == body)
    }
}
