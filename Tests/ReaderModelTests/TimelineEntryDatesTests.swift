import Foundation
import Testing
@testable import ReaderModel

/// Invented timeline articles: a line of only a date over each entry's paragraph, copied as text
/// and saved as HTML. The dates are the article's when each is later than the one before
/// (`TimelineEntryDates`, `TimelineDateHeadings`); newest first they read as a feed's and go.
@Suite struct TimelineEntryDatesTests: TextPageCleaning {
    static let entries: [(date: String, text: String)] = [
        ("12 March 2009", "The county announces that the old grammar school will close at the end of the summer term, after a decade of falling numbers."),
        ("3 June 2012", "A group of parents buys the building at auction for a pound, promising to turn it into a centre for the whole valley."),
        ("19 April 2016", "The centre opens its first rooms: a café, a workshop for bicycle repairs and a hall that the choir rents twice a week."),
        ("8 October 2024", "Its trustees say the roof needs replacing within two years and launch an appeal to raise the money from residents."),
    ]
    static let intro = "The old school on Mill Lane has had more lives than most buildings in the valley. These are the dates that shaped it, from its closure to this week's appeal for a new roof."

    static func text(_ entries: [(date: String, text: String)]) -> [String] {
        ["Valley Post", "News", "Sport", "What's on", "", "News › Mill Lane", "",
         "Timeline: fifteen years of the old school on Mill Lane", "", "By Ruth Calder", "1 November 2024", "", "Share", "", intro, ""]
            + entries.flatMap { [$0.date, $0.text, ""] }
            + ["Most read", "Road closures for the weekend", "Market moves to the square", "", "Contact us | Privacy"]
    }

    @Test func datesOldestFirstAreTheTimelines() {
        let doc = clean(Self.text(Self.entries))
        #expect(doc.paragraphs == [Self.intro] + Self.entries.flatMap { [$0.date, $0.text] }, "\(doc.paragraphs)")
        #expect(doc.evidence(of: "3 June 2012").contains(TimelineEntryDates.evidence))
    }

    @Test func datesNewestFirstStayOut() {
        let doc = clean(Self.text(Self.entries.reversed()))
        #expect(!doc.paragraphs.contains("3 June 2012"), "\(doc.paragraphs)")
    }

    static func html(_ entries: [(date: String, text: String)]) -> String {
        """
        <html><head><title>Timeline: fifteen years of the old school on Mill Lane</title></head><body>
        <nav><a href="/">News</a> <a href="/sport">Sport</a></nav>
        <article><h1>Timeline: fifteen years of the old school on Mill Lane</h1>
        <p class="byline">By Ruth Calder</p><time datetime="2024-11-01">1 November 2024</time>
        <p>\(intro)</p>
        \(entries.map { "<h3>\($0.date)</h3>\n<p>\($0.text)</p>" }.joined(separator: "\n"))
        </article><aside><h3>Most read</h3><ul><li><a href="/a">Road closures for the weekend</a></li></ul></aside></body></html>
        """
    }

    @Test func dateHeadingsOldestFirstAreTheTimelinesInHTML() {
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: Self.html(Self.entries)))
        #expect(doc.paragraphs == [Self.intro] + Self.entries.flatMap { [$0.date, $0.text] }, "\(doc.paragraphs)")
        #expect(doc.evidence(of: "3 June 2012").contains(TimelineDateHeadings.evidence))
        #expect(doc.published?.hasPrefix("2024-11-01") == true, "\(doc.published ?? "nil")")
    }

    @Test func dateHeadingsNewestFirstStayOutInHTML() {
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: Self.html(Self.entries.reversed())))
        #expect(!doc.paragraphs.contains("3 June 2012"), "\(doc.paragraphs)")
    }
}
