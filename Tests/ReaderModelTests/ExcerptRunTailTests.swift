import Testing
@testable import ReaderModel

/// Invented pages: a widget of other posts under an article, each a title over an excerpt cut off
/// mid-sentence with an ellipsis, leaves the body however its titles are cased; an article's own
/// subheaded paragraphs, which end their sentences, stay.
@Suite struct ExcerptRunTailTests {
    /// The post and page head `TeaserRunTailTests` puts its teasers under.
    static let post = TeaserRunTailTests.post

    func clean(_ lines: [String]) -> Document { TeaserRunTailTests().clean(lines) }

    /// Whether `ExcerptRunTail` leaves a body of all of `blocks` (a page's paragraphs) as it is.
    func keepsWholeBody(_ blocks: [String]) -> Bool {
        let text = blocks.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        return ExcerptRunTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count) == 0..<lines.count
    }

    static func head() -> [String] { TeaserRunTailTests.head() }

    static let excerpts = [
        "lifeboat crew rescues two walkers", "Two walkers cut off by the tide were brought to safety by the [...]",
        "why the old pier is being rebuilt", "The town has finally agreed a plan to rebuild the old pier with ...",
        "a new car park for the beach", "The council will vote on a car park behind the dunes, which residents …",
        "the baker who feeds the village", "Every night at three the lights come on in the bakery on the [...]",
    ]

    @Test func titlesOverCutExcerptsLeaveTheBody() {
        let doc = clean(Self.head() + Self.excerpts.flatMap { [$0, ""] })
        #expect(doc.paragraphs == Self.post)
        // Inside a chosen body, the rule itself ends it above the run and names the run.
        let text = (Self.post + Self.excerpts).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        #expect(ExcerptRunTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count) == 0..<Self.post.count)
        #expect(evidence[Self.post.count + 1].noiseSource == .rule(ExcerptRunTail.evidence))
    }

    @Test func subheadedParagraphsThatEndTheirSentencesStay() {
        let sections = [
            "What the crew say", "The deckhands say the weekend rota has been short for two years and that the new recruits will help.",
            "What the council wants", "The parish council wants a written promise that the Sunday crossing will return by the summer.",
            "What happens next", "The operator will meet the council in the village hall on the first Monday of next month.",
        ]
        #expect(keepsWholeBody(Self.post + sections))
    }

    @Test func paragraphsTheWriterEndsOnAnEllipsisStay() {
        // No title line parts them: a writer's trailing-off paragraphs, not a widget's excerpts.
        let musings = [
            "We waited on the slipway for an hour and nobody came, and the gulls kept circling over the empty ticket office ...",
            "By noon the first cars had turned back towards the bridge, and the café owner started to stack the chairs ...",
            "Maybe the ferry will be back in the summer, maybe not, and maybe the village will simply learn to wait ...",
        ]
        #expect(keepsWholeBody(Self.post + musings))
    }

    @Test func aPageOfExcerptsKeepsThem() {
        // Cut excerpts above the run too: the page is a listing of them, not an article with a widget.
        let earlier = [
            "ferry timetable for the spring", "The spring timetable adds an early crossing on weekdays and moves the last boat of the evening to a [...]",
            "the island bus", "The summer buses to the island will run every half hour from June, with a late service on [...]",
        ]
        #expect(keepsWholeBody(earlier + ["sunday ferry to be suspended"] + Self.post + Self.excerpts))
    }

    @Test func theCutIsAnEllipsisRightAfterAWord() {
        #expect(ExcerptRunTail.endsInCut("they will look for some references so that they will get ..."))
        #expect(ExcerptRunTail.endsInCut("sales increased by a gr [...]"))
        #expect(ExcerptRunTail.endsInCut("新しい路線は来月から運行を始め、住民の…"))
        #expect(ExcerptRunTail.endsInCut("the plan, (…)"))
        #expect(!ExcerptRunTail.endsInCut("and then the ferry left. ..."))
        #expect(!ExcerptRunTail.endsInCut("渡し船は来月から日曜日に運休する……"))
        #expect(!ExcerptRunTail.endsInCut("wait for it.."))
        #expect(!ExcerptRunTail.endsInCut("a plain sentence."))
    }
}
