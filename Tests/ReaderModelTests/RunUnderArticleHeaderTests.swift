import Foundation
import Testing
@testable import ReaderModel

/// Invented magazine page: an issue blurb of one paragraph sits in the sidebar above a short
/// article under its headline and byline; the blurb is a little heavier than the article.
@Suite struct RunUnderArticleHeaderTests {
    static let blurb = "Our spring issue brings a long talk with a retired glassblower about her workshop by the canal, a portfolio of river photographs taken over ten winters, and a guide to the small bookshops that survived the rent rises of the last few years in the old town."

    static let article = "The glass museum reopened its upper gallery on Friday after two years of repairs to the roof, and the first visitors found the old furnace room lit again with a new display about the workers who once kept it running through the night."

    static func page(secondHeader: Bool = false) -> [String] {
        var page = ["Canal Review", "Issues", "Subscribe", "", "In this issue", blurb, ""]
        // The sidebar's sections part the blurb from the article.
        page += ["Art", "Music", "Design", "Film", "Books", "Theatre", "Dance", "Food", "Travel", "Gardens", "Sport", "Letters",
                 "Archive", "Events", "Shop", "Contact", ""]
        page += ["Glass museum opens its upper gallery", "By Marta Lind", "March 3, 2024", "", article, "",
                 "Share this", "Previous article", ""]
        if secondHeader {
            page += ["Bookshop survey starts next month", "By Tomas Ek", "March 1, 2024", "",
                     "Volunteers will visit every small bookshop in the old town next month to count shelves and ask owners what they need.", ""]
        }
        return page
    }

    static func candidate(_ texts: [String]) -> (candidate: BodyCandidate?, heaviest: BodyCandidate, lines: [TextLine]) {
        BodyEvidenceFixtures.candidate(RunUnderArticleHeader.self, texts)
    }

    @Test func theArticleUnderItsHeaderBeatsASlightlyHeavierBlurb() throws {
        let (found, heaviest, lines) = Self.candidate(Self.page())
        #expect(heaviest.range.contains { lines[$0].text == Self.blurb })
        let candidate = try #require(found)
        let articleLine = try #require(lines.firstIndex { $0.text == Self.article })
        #expect(candidate.range.contains(articleLine))
        #expect(heaviest.prose > candidate.prose)
        #expect(BodyChoice.beats(candidate, heaviest))
    }

    @Test func aPageWithTwoHeadedRunsIsAnIndex() {
        #expect(Self.candidate(Self.page(secondHeader: true)).candidate == nil)
    }

    @Test func theWholeCleanKeepsTheArticle() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page().joined(separator: "\n")))
        #expect(doc.paragraphs.contains(Self.article))
        #expect(!doc.paragraphs.contains(Self.blurb))
    }
}
