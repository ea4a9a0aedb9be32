import Testing
@testable import ReaderModel

/// A link that ends three or more of the article's paragraphs with the same words is each item's
/// pointer to its page and is cut from them; a closing link written once, or one closing a sentence, stays.
@Suite struct HTMLRepeatedTrailingLinkTests {
    private static let ads = [
        "Dock hand wanted for the spring season, early starts, knots and ropes a must, own boots...",
        "Quiet room to let above the chandlery, sea view, shared kitchen, suits a ferry worker...",
        "Rowing boat for sale, clinker built, oars and rowlocks included, needs one new plank...",
        "Piano lessons on the harbour front for all ages, first half hour free for new pupils...",
    ]

    private static func page(_ items: [String], link: (Int) -> String) -> String {
        let rows = items.enumerated().map { i, text in "<tr><td><p>\(text)<br>\n<strong>\(link(i))</strong></p></td></tr>" }
        return """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour small ads</title></head><body>
        <article><h1>Harbour small ads</h1>
        <p>Small ads run for two weeks and cost nothing for readers who live on the island all year round.</p>
        <table>\(rows.joined(separator: "\n"))</table>
        </article>
        <footer><p>Marrow Bay Gazette, all rights reserved</p></footer>
        </body></html>
        """
    }

    @Test func sameClosingLinkIsCutFromEachItem() {
        let doc = HTMLFixtures.clean(Self.page(Self.ads) { "<a href='/ad?id=\($0)'>See the whole ad</a>" })
        for ad in Self.ads { #expect(doc.paragraphs.contains(ad)) }
        #expect(!doc.paragraphs.contains { $0.hasSuffix("See the whole ad") })
        let block = doc.blocks.first { $0.text == Self.ads[0] }
        #expect(block?.evidence?.contains("ends 4 paragraphs") == true)
    }

    @Test func closingLinksThatDifferStay() {
        let names = ["Ana Petrel", "Ben Gannet", "Cora Tern", "Dan Fulmar"]
        let doc = HTMLFixtures.clean(Self.page(Self.ads) { "<a href='/p\($0)'>\(names[$0])</a>" })
        #expect(doc.paragraphs.contains(Self.ads[0] + " " + names[0]))
    }

    @Test func closingLinkThatEndsASentenceStays() {
        let doc = HTMLFixtures.clean(Self.page(Self.ads) { "<a href='/ad?id=\($0)'>Call the harbour office.</a>" })
        #expect(doc.paragraphs.contains(Self.ads[1] + " Call the harbour office."))
    }

    @Test func trimmedNeedsThreeEqualTails() {
        let text = "Rowing boat for sale, clinker built See the whole ad"
        let item = (text: text, length: text.utf8.count, trailingLinkLength: 16)
        #expect(RepeatedTrailingLink.trimmed([item, item, item]) == Array(repeating: "Rowing boat for sale, clinker built", count: 3))
        #expect(RepeatedTrailingLink.trimmed([item, item]) == [nil, nil])
        let word = (text: "Rowing boat for sale, clinker built more", length: 40, trailingLinkLength: 4)
        #expect(RepeatedTrailingLink.trimmed([word, word, word]) == [nil, nil, nil])
        let short = (text: "Boat See the whole ad", length: 21, trailingLinkLength: 16)
        #expect(RepeatedTrailingLink.trimmed([short, short, short]) == [nil, nil, nil])
    }

    @Test func tailStartsAfterASpace() {
        #expect(RepeatedTrailingLink.tail(of: "one two three", bytes: 5) == "three")
        #expect(RepeatedTrailingLink.tail(of: "one two three", bytes: 3) == nil)
        #expect(RepeatedTrailingLink.tail(of: "one two", bytes: 7) == nil)
    }
}
