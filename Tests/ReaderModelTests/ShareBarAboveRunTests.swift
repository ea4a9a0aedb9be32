import Foundation
import Testing
@testable import ReaderModel

/// Invented sports report: the headline and byline, a share bar, four paragraphs, an embedded post
/// with its signature line (a name, a handle and a date), then the rest of the report.
@Suite struct ShareBarAboveRunTests {
    static let opening = [
        "The rowing club trained on the river at six again on Thursday after a week of storms had kept the boats in the shed since Monday morning.",
        "The coach said after the session that the crews had to be at the boathouse before five, but that he was pleased with how quickly they found their rhythm.",
        "With the new boats still being rigged, it is too early to say much about the line-up, but the order in the first eight looks settled for now.",
        "Maria Holt spent most of the session at stroke, while the two freshmen took turns in the bow seat and the coxswain kept the pace steady throughout the long pieces.",
    ]

    static let rest = [
        "The second eight had a harder morning, with a broken rigger in the first piece and a long wait at the dock while the launch brought a spare from the boathouse across the river.",
        "Once the spare was fitted they rowed three long pieces at a steady rate, and the coach said the crew looked calmer than at any time since the season began in the autumn.",
        "The club will race at the regatta downstream next month, where the first eight hopes to improve on the third place it took last year in a close final against two university crews.",
        "Tickets for the regatta go on sale next week, and the club is still looking for volunteers to help with the boat trailers, the tea tent and the launch crews on both days.",
    ]

    static func page(shareBar: Bool = true) -> [String] {
        var page = ["River Sports", "News", "Results", "Clubs", "", "Rowing club back on the water at dawn", "",
                    "by Ana Ruiz on May 3, 2021 9:10 AM in Rowing", ""]
        if shareBar { page += ["Tweet", "12 comments", "Email", "Print", ""] }
        for line in opening { page += [line, ""] }
        page += ["Here is a photo from the dock this morning.", "",
                 "Good morning from the boathouse. Nothing like a six o'clock start. pics.example.com/harbour/st…", "",
                 "— Ana Ruiz (@anaruiz) May 3, 2021", ""]
        for line in rest { page += [line, ""] }
        return page
    }

    @Test func theBarAboveTheRunIsCrossed() throws {
        let lines = LineSplitter.lines(of: Self.page().joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let first = try #require(lines.firstIndex { $0.text == Self.opening[0] })
        let extended = ShareBarAboveRun.extended(first..<lines.count, lines, evidence)
        #expect(lines[extended.lowerBound].text == "Tweet")
        #expect(RunUnderOwnHeader.holds(extended, lines, evidence))
    }

    @Test func anEmbeddedPostsSignatureDoesNotStartTheArticle() throws {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page().joined(separator: "\n")))
        #expect(doc.paragraphs.contains(Self.opening[0]))
        #expect(doc.paragraphs.contains(Self.rest[0]))
    }

    @Test func aCleanLineAboveTheRunIsNoBar() throws {
        let lines = LineSplitter.lines(of: Self.page(shareBar: false).joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let first = try #require(lines.firstIndex { $0.text == Self.opening[1] })
        #expect(ShareBarAboveRun.extended(first..<lines.count, lines, evidence).lowerBound == first)
    }
}
