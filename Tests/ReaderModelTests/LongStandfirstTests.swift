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

    @Test func aLongOneIsTheFirstParagraph() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(summary: Self.longSummary)))
        #expect(doc.title == "How to explain a gap in your work history")
        #expect(doc.standfirst == nil)
        #expect(doc.paragraphs.first == Self.longSummary)
        #expect(doc.paragraphs.count == 3)
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("first paragraph") })
    }
}
