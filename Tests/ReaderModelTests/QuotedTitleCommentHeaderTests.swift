import Foundation
import Testing
@testable import ReaderModel

/// Invented blog pages whose comments sit under "N ... on “Headline”" and carry neither reply links
/// nor clock times: the header quoting the headline marks the thread, so the article wins.
@Suite struct QuotedTitleCommentHeaderTests: TextPageCleaning {
    static let headline = "Lighthouse keeper's cottage opens as a small museum"

    /// A plain comment: "Name, on June 4th, 2024 //" then its text.
    static func comment(_ name: String, _ day: Int, _ text: String) -> [String] {
        ["", "\(name), on June \(day)th, 2024 //", "", text]
    }

    static let page: [String] = {
        var page = ["Home", "Archive", "About", "", headline, "", "Posted on June 3rd, 2024", ""]
            + CommentThreadTests.paragraphs.flatMap { [$0, ""] }
            + ["Filed under Heritage.", "", "6 kind words on “\(headline)”"]
        page += comment("Alys Example", 4, "My grandmother used to walk out to the lighthouse every Sunday with a basket of bread for the keeper and his family, and she always said the foghorn kept her awake on winter nights.")
        page += comment("Tomasz", 4, "We visited last weekend with the children and they loved the logbooks. The volunteer who showed us round knew the story of every storm written in them, and we stayed far longer than we planned.")
        page += comment("Pip R.", 5, "It is wonderful to see the cottage saved at last. I remember when the roof was falling in and nobody thought it would ever be repaired, so well done to everyone who gave their time to it.")
        page += comment("Jean-Luc Sample", 6, "Does anyone know whether the museum will be open on weekday mornings in the autumn? We are hoping to come up from the city for a few days in October and would love to see it.")
        page += comment("harbourwatcher", 7, "The letters from 1911 sound fascinating. I hope the trust puts some of them online for those of us who live too far away to make the journey to the headland, perhaps with photographs.")
        page += comment("Morag", 8, "Thank you all for the kind words about the cottage. The volunteers will be reading every one of them at our next meeting in the village hall, and it means a great deal to them.")
        return page
    }()

    /// The byte test that skips most lines lets every closing quote through.
    @Test func everyClosingQuotePassesTheLastByteTest() {
        for quote in QuotedTitleCommentHeader.closingQuotes {
            #expect(QuotedTitleCommentHeader.mayEndClosingQuote(String(quote).utf8.last!))
        }
        #expect(!QuotedTitleCommentHeader.mayEndClosingQuote(UInt8(ascii: ".")))
    }

    @Test func headerQuotingTheHeadlineEndsTheArticle() {
        let doc = clean(Self.page)
        #expect(doc.paragraphs == CommentThreadTests.paragraphs)
        #expect(doc.title == Self.headline)
        let explained = doc.blocks.first { $0.text.hasPrefix("We visited") }?.evidence ?? ""
        #expect(explained.contains("comment header quoting the headline"))
    }

    @Test func quotingALineThatIsNotOnThePageIsNoHeader() {
        let lines = Self.page.filter { !$0.isEmpty }.map { String($0) }
        let text = lines.joined(separator: "\n")
        let split = LineSplitter.lines(of: text)
        #expect(QuotedTitleCommentHeader.headerIndex(split) != nil)
        let other = text.replacingOccurrences(of: "“\(Self.headline)”", with: "“A different post entirely”")
        #expect(QuotedTitleCommentHeader.headerIndex(LineSplitter.lines(of: other)) == nil)
    }
}
