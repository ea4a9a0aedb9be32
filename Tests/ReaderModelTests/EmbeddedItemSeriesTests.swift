import Foundation
import Testing
@testable import ReaderModel

/// Invented column: a few paragraphs of the writer's own, then readers' replies quoted between the
/// paragraphs, each a short post over a dash and its author's handle and date. The first quoted
/// reply looks like an article header (a title-like line over a dated line) with more prose under
/// it than above, but its shape recurs down the run: the paragraphs above it are the column's
/// opening, not chrome over a header.
@Suite struct EmbeddedItemSeriesTests {
    static let opening = [
        "Last week we asked you which garden vegetable surprised you most this summer, and the answers kept the office busy for days.",
        "Here is a selection of the replies, with a few thoughts of my own in between.",
    ]
    static let between = [
        "Runner beans came up again and again, which makes sense after a wet spring that suited them better than anything else in the beds along the south wall of most allotments.",
        "Tomatoes were the other big name, though several of you admitted that the blight took half the crop before the first truss ever turned from green to a proper red.",
        "And then there were the beetroot growers, a quiet group who seem to have had the best year of all without telling anyone about it until we asked them directly.",
    ]
    static func reply(_ text: String, _ name: String, _ day: Int) -> [String] {
        [text, "", "—", name + " (@" + name.lowercased().replacingOccurrences(of: " ", with: "") + ") June \(day), 2023", ""]
    }

    static var page: [String] {
        var page = ["Garden Notes", "Columns", "Letters", ""]
        page += ["Your Vegetable Of The Summer", "Garden desk | Tags: vegetables, letters,", ""]
        for p in opening { page += [p, ""] }
        page += reply("Runner Beans Won My Summer Again This Year #garden", "Tom Reed", 2)
        page += [between[0], ""]
        page += reply("Tomatoes were great until the blight came, sadly", "Jane Holt", 2)
        page += [between[1], ""]
        page += reply("Beetroot all the way, never had such a crop", "Sam Oakes", 3)
        page += [between[2], ""]
        page += ["Share this", "Previous column", "Next column", ""]
        return page
    }

    @Test func repliesWithTheirAuthorsAreASeries() {
        let lines = LineSplitter.lines(of: Self.page.joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let first = try! #require(lines.firstIndex { $0.text.hasPrefix("Tom Reed") })
        #expect(ArticleHeader.isSeries(from: first, lines, evidence, run: 0..<lines.count))
        // A byline over a date line is one header, not a series.
        let header = LineSplitter.lines(of: ["Glass museum opens its gallery", "By Marta Lind", "March 3, 2024", "",
                                             "The museum reopened its upper gallery on Friday after two years of repairs.", ""].joined(separator: "\n"))
        let headerEvidence = LineEvidenceCollector.collect(header, site: nil)
        #expect(!ArticleHeader.isSeries(from: 1, header, headerEvidence, run: 0..<header.count))
    }

    @Test func theColumnKeepsItsOpeningAboveTheQuotedReplies() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page.joined(separator: "\n")))
        for p in Self.opening + Self.between { #expect(doc.paragraphs.contains(p)) }
    }
}
