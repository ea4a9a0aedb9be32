import Testing
@testable import ReaderModel

/// Invented pages: an author box of two prose paragraphs above the article's own header (a headline,
/// a byline line and a date line), then an article a little longer than the box. A headline with
/// only a byline under it needs the article to outweigh the prose above twice; a full header (byline
/// and date) needs it to outweigh it once. The same page with a lone byline keeps the box.
@Suite struct FullArticleHeaderTests: TextPageCleaning {
    static let box = [
        "Nadia Ferreira is the paper's transport correspondent, writing about buses, trains and the roads between the valley towns since she joined the newsroom from a trade weekly in the city.",
        "Raised on a farm above the reservoir, she learned to drive on a tractor and still keeps an old bicycle for the days when the valley bus does not turn up at all, which she says is often.",
    ]
    static let article = [
        "The valley's only evening bus will run until eleven from next month, the operator said on Monday, after a year in which late shift workers at the dairy complained that the last service left before their shifts ended.",
        "The change was paid for by the county's rural transport fund, which had been set aside for a new shelter at the station, and the operator has promised to review the timetable again after six months of running.",
        "Drivers' representatives said they welcomed the longer hours but wanted a second driver on the last run during the winter, when the road over the pass is often closed by snow.",
    ]

    static func page(header: [String]) -> [String] {
        ["Valley Post", "News", "Sport", ""] + box.flatMap { [$0, ""] } + ["All posts", "Archive", ""]
            + header + [""] + article.flatMap { [$0, ""] } + ["Share", "Print"]
    }

    @Test func aFullHeaderStartsTheArticleUnderIt() {
        let doc = clean(Self.page(header: ["Late bus for valley workers", "By Nadia Ferreira", "March 4, 2024 at 9:15 AM"]))
        #expect(doc.paragraphs == Self.article)
    }

    @Test func aFullHeaderIsABylineAndADate() {
        let text = ["Late bus for valley workers", "By Nadia Ferreira", "March 4, 2024 at 9:15 AM", "", Self.article[0]].joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(ArticleHeader.isFullHeader(1, lines, evidence, run: 0..<lines.count))
        // The date line under the byline is the header's last line: nothing under it completes it.
        #expect(!ArticleHeader.isFullHeader(2, lines, evidence, run: 0..<lines.count))
    }

    @Test func aLoneBylineLeavesTheProseAboveInTheBody() {
        let doc = clean(Self.page(header: ["Late bus for valley workers", "By Nadia Ferreira"]))
        #expect(doc.paragraphs.contains(Self.box[0]))
    }
}
