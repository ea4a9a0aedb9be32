import Foundation
import Testing
@testable import ReaderModel

/// Invented tasting notes closed by a list of records (a bottle's name over lines opening with the
/// same labels): the article's own list, where related cards stamped with dates are not.
@Suite struct RecordClosingListTests: TextPageCleaning {
    static let article = [
        "The cooperative on the hill bottled its first cider in nine years this autumn, after the orchard was replanted with the old sharp varieties the valley grew before the war.",
        "Most of the juice went into a dry still cider, but the younger members talked the board into a small run of perry and a sparkling batch fermented a second time in the bottle.",
        "We tasted all of them on a wet afternoon in the press house. These were the ones worth the drive, with what each costs at the cellar door.",
    ]

    static let records = [
        "Hill Dry 2024", "Apples: Foxwhelp and Kingston Black", "Price: eleven pounds", "",
        "Press House Perry", "Pears: Thorn and Blakeney Red", "Price: fourteen pounds", "",
        "Second Ferment", "Apples: Dabinett", "Price: sixteen pounds", "Note: only two hundred bottles", "",
        "Orchard Blend", "Apples: whatever fell in October", "Price: nine pounds", "",
    ]

    static let furniture = ["", "Share this:", "Facebook", "Email", "", "More from the valley", "Ferry fares rise again", "Pier repairs start in May"]

    static func head() -> [String] {
        ["Valley Table", "Home", "Food", "Drink", "", "Cider comes back to the hill", "", "October 12, 2025", ""] + article.flatMap { [$0, ""] }
    }

    @Test func recordsUnderTheLastParagraphStay() {
        let doc = clean(Self.head() + Self.records + Self.furniture)
        let kept = Self.records.filter { !$0.isEmpty }
        #expect(doc.paragraphs == Self.article + kept)
        let explained = doc.evidence(of: "Price: fourteen pounds")
        #expect(explained.contains(RecordClosingList.evidence))
    }

    @Test func aNoBreakSpaceAfterTheColonStillMakesALabel() {
        #expect(RecordClosingList.label("Price:\u{A0}nine pounds") == "Price")
        #expect(RecordClosingList.label("Price: nine pounds") == "Price")
        #expect(RecordClosingList.label("The price was nine pounds") == nil)
        let spaced = Self.records.map { $0.replacingOccurrences(of: ": ", with: ":\u{A0}") }
        let doc = clean(Self.head() + spaced + Self.furniture)
        #expect(doc.paragraphs.contains("Pears:\u{A0}Thorn and Blakeney Red"))
    }

    @Test func twoRecordsAreNoList() {
        let doc = clean(Self.head() + Array(Self.records.prefix(8)) + Self.furniture)
        #expect(doc.blocks.first { $0.text == "Price: eleven pounds" }?.evidence?.contains(RecordClosingList.evidence) != true)
    }

    @Test func cardsStampedWithDatesAreNoRecords() {
        // Related posts under the article: a headline over its date line, the cards' labels repeated.
        let cards = [
            "Pear trees planted along the lane", "Posted: March 3, 2025", "Filed: Orchards", "",
            "The press house gets a new roof", "Posted: April 9, 2025", "Filed: Buildings", "",
            "A wet spring for the blossom", "Posted: May 1, 2025", "Filed: Weather", "",
        ]
        let doc = clean(Self.head() + cards + Self.furniture)
        #expect(doc.blocks.first { $0.text == "Filed: Orchards" }?.evidence?.contains(RecordClosingList.evidence) != true)
    }
}
