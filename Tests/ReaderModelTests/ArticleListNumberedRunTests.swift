import Testing
@testable import ReaderModel

/// Invented page: a post that ends in a numbered contents list keeps every item numbered in
/// sequence, although the short title-cased items look like a block of teasers.
@Suite struct ArticleListNumberedRunTests: TextPageCleaning {
    static let intro = [
        "After three winters of writing in the reading room of the lighthouse, my guide to the coastal footpaths is finally printed and on the shelves of the harbour bookshop.",
        "It follows the cliffs from the estuary to the northern headland, with a chapter for every stretch that can be walked between two bus stops in a single afternoon.",
    ]
    static let items = [
        "1. Why Walk the Cliffs at All?",
        "2. Boots, Maps and Tide Tables",
        "3. The Estuary Marshes",
        "4. Gull Point and the Old Quarry",
        "5. Three Ruined Chapels",
        "6. The Smugglers' Stair",
        "7. Fog Days",
        "8. The Northern Headland",
    ]
    static let footer = ["Share", "Facebook", "Email", "Older posts"]

    @Test func aNumberedListClosingThePostIsKept() {
        let doc = clean(["My footpath guide is out", ""] + Self.intro.flatMap { [$0, ""] } + Self.items + [""] + Self.footer)
        for item in Self.items { #expect(doc.paragraphs.contains(item)) }
        #expect(doc.blocks.first { $0.text == Self.items[4] }?.evidence?.contains(ArticleListReason.numberedSequence.evidence) == true)
        for line in Self.footer { #expect(!doc.paragraphs.contains(line)) }
    }

    @Test func itemNumbersAreReadWithoutAllocating() {
        #expect(ListMarker.number("12. A chapter") == 12)
        #expect(ListMarker.number("3) A step") == 3)
        #expect(ListMarker.number("4.\u{00A0}A chapter") == 4)
        #expect(ListMarker.number("2012. A year") == nil)
        #expect(ListMarker.number("1.5 litres") == nil)
        #expect(ListMarker.number("Chapter 1. Start") == nil)
        // A mark with no number before it opens no item.
        #expect(ListMarker.number(". An ellipsis") == nil)
        #expect(ListMarker.number(") A bracket") == nil)
    }

    @Test func numbersOutOfSequenceDoNotWidenTheBody() {
        let shuffled = ["1. Why Walk the Cliffs at All?", "4. Gull Point and the Old Quarry", "2. Boots, Maps and Tide Tables",
                        "7. Fog Days"]
        let doc = clean(["My footpath guide is out", ""] + Self.intro.flatMap { [$0, ""] } + shuffled + [""] + Self.footer)
        #expect(!doc.paragraphs.contains("7. Fog Days"))
    }
}
