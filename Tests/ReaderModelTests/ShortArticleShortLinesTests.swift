import Foundation
import Testing
@testable import ReaderModel

/// An invented photo post whose article is a dek and a credit line, neither ending a sentence:
/// chosen under its own headline and date line, it keeps both lines instead of losing them to
/// the end trimmer and leaving the page to the offers list below.
@Suite struct ShortArticleShortLinesTests {
    static let article = [
        "Twelve pictures from the evening the old mill was lit up again",
        "Taken by the river club volunteers along the towpath",
    ]

    static let page: [String] = [
        "Photos | Video | Sign In", "Choose City", "North Bay", "Lakeside", "Old Town", "Follow us on Facebook",
        "Gallery", "Search", "Lantern Night at the Old Mill", "photos - March 3, 2024",
    ] + article + [
        "Tags: Photos, River", "Related Stories", "A Quiet Morning on the Pier", "Play Video",
        "Boats Come Home for Winter", "Comments", "OFFERS", "Half off Mill Bakery", "Up to 30% off River Kayaks",
        "Up to 20% off Lamp and Wick", "Up to 25% off Towpath Cycles", "About Us", "Contact", "Terms of Use",
    ]

    static func clean() -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: page.joined(separator: "\n")))
    }

    @Test func bothShortLinesOfThePostStay() {
        let doc = Self.clean()
        #expect(doc.paragraphs.contains(Self.article[0]))
        #expect(doc.paragraphs.contains(Self.article[1]))
    }

    @Test func theOffersBelowAreNotTheBody() {
        let doc = Self.clean()
        #expect(!doc.paragraphs.contains { $0.contains("% off") || $0.contains("OFFERS") })
    }

    @Test func theKeptLineNamesItsEvidence() {
        let doc = Self.clean()
        let explained = doc.evidence(of: Self.article[1])
        #expect(explained.contains(ShortArticleUnderHeader.evidence))
    }
}
