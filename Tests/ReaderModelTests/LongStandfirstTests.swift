import Testing
@testable import ReaderModel

/// Invented copies: the line between headline and byline is the standfirst while it is a summary's
/// length; past `LongStandfirst.maxWords` words it is the article's first paragraph.
@Suite struct LongStandfirstTests {
    static func page(summary: String) -> String {
        """
        Home
        News
        Letters

        How to explain a gap in your work history

        \(summary)

        By Ruth Example, staff writer

        Start with the facts: the company closed the branch, and every post in it went. Say so plainly, without apology, in a sentence or two.

        Then turn to what you did in the months that followed, the course you took and the volunteer work that kept your skills in use.
        """
    }

    static let shortSummary = "A reader asks how to talk about a layoff in interviews; our columnist says to keep it short and move on."
    static let longSummary = (1...8).map { "In spring \($0) I was let go from a job I liked, along with most of my team, when the firm closed its branch." }
        .joined(separator: " ")

    @Test func aSummaryIsTheStandfirst() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(summary: Self.shortSummary)))
        #expect(doc.standfirst == Self.shortSummary)
        #expect(doc.paragraphs.count == 2)
    }

    /// A long "summary" the metadata reader took (over a furniture line that splits the run from
    /// the rest of the article) is read as the article's first paragraph, in its place.
    @Test func aLongOneIsTheFirstParagraph() {
        let text = ["How to explain a gap in your work history", Self.longSummary, "More from Example Works",
                    "Start with the facts: the company closed the branch, and every post in it went.",
                    "Then turn to what you did in the months that followed."].joined(separator: "\n\n")
        let lines = LineSplitter.lines(of: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        var meta = TextMetadata()
        meta.titleIndex = 0
        meta.standfirstIndex = 1
        let decisions = RoleAssigner.assign(lines, evidence, body: 3..<5, meta: meta)
        #expect(decisions[1].role == .body)
        #expect(decisions[1].note == LongStandfirst.evidence(lines[1]))
        meta.standfirstIndex = nil
        #expect(RoleAssigner.assign(lines, evidence, body: 3..<5, meta: meta)[1].role != .body)
    }

    @Test func aLongOneInACopyIsNoStandfirst() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(summary: Self.longSummary)))
        #expect(doc.title == "How to explain a gap in your work history")
        #expect(doc.standfirst == nil)
        #expect(doc.paragraphs.first == Self.longSummary)
    }
}
