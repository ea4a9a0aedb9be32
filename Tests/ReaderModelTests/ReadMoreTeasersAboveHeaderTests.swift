import Foundation
import Testing
@testable import ReaderModel

/// Invented blog pages: a box of excerpts from other posts, each closed by the same read-more
/// link, sits above the article's headline and byline and holds about as much prose as the article.
@Suite struct ReadMoreTeasersAboveHeaderTests {
    static let teasers = [
        ("A ferry timetable for the winter months",
         "The harbour board has published the winter timetable for the island ferry, with two fewer crossings on weekdays and a later first sailing on Sundays, which the fishermen say will cost them their early market."),
        ("The library opens its cellar to visitors",
         "For one weekend in May the town library will let visitors into the cellar where the parish records are kept, and the archivist has promised to show the ledger that survived the flood of the old mill."),
        ("Choir practice moves to the school hall",
         "Because the chapel roof is being repaired, the choir will practise in the school hall on Thursday evenings until the summer, and the conductor asks members to bring their own music stands and a warm coat."),
    ]
    static let article = [
        "The old orchard behind the station lost nearly every blossom to the late frost last spring, and most of us thought the trees were finished after forty years.",
        "This year the apples came back in numbers nobody expected, and the volunteers who prune the rows spent three Saturdays picking fruit for the harvest supper.",
        "The gardeners credit the wet autumn and the straw they laid round the roots in the worst week of the cold.",
    ]
    static let headline = "The orchard that came back after the frost"

    static func page(closer: String, byline: String = "Posted on March 4, 2024 by Lena Brook", closerInArticle: Bool = false) -> String {
        var lines = ["Home", "Archive", "About", ""]
        for (title, excerpt) in teasers { lines += [title, "", excerpt, closer, ""] }
        lines += [headline, byline, ""]
        for (k, paragraph) in article.enumerated() {
            lines += [paragraph, ""]
            if closerInArticle, k == 0 { lines += [closer, ""] }
        }
        lines += ["Share this:", "Facebook", "Related posts", "Spring fair dates announced", closer]
        return lines.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func theBodyStartsUnderTheHeaderBelowTheExcerpts() {
        let doc = Self.clean(Self.page(closer: "Read on »"))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text == Self.teasers[0].1 }?.evidence ?? ""
        #expect(explained.contains(ReadMoreTeasersAboveHeader.evidence))
    }

    @Test func aCloserInAnotherLanguageWorksTheSame() {
        let doc = Self.clean(Self.page(closer: "Weiterlesen →"))
        #expect(doc.paragraphs == Self.article)
    }

    @Test func aLabelRecurringBetweenTheArticlesParagraphsIsNoCloser() {
        let doc = Self.clean(Self.page(closer: "Read on »", closerInArticle: true))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ReadMoreTeasersAboveHeader.evidence) })
    }

    @Test func withoutAHeaderUnderTheBoxNothingMoves() {
        let doc = Self.clean(Self.page(closer: "Read on »", byline: "Orchard news"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ReadMoreTeasersAboveHeader.evidence) })
    }
}
