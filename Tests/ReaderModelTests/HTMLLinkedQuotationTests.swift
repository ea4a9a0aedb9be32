import Testing
@testable import ReaderModel

/// A quotation in a `<blockquote>` wholly linked to its source is the author's quote; a wholly
/// linked teaser title stays out.
@Suite struct HTMLLinkedQuotationTests {
    @Test func linkedQuotationInBlockquoteIsKept() {
        let quote = """
            <blockquote><p><a href='/report'><em>“Ferries built before the war cannot carry the new buses, and the pier was never meant to take their weight…”</em></a></p></blockquote>
            """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: quote))
        let text = "“Ferries built before the war cannot carry the new buses, and the pier was never meant to take their weight…”"
        #expect(doc.paragraphs.contains(text))
        #expect(doc.blocks.first { $0.text == text }?.evidence?.hasPrefix(LinkedQuotation.evidence) == true)
    }

    @Test func linkedTeaserTitleInBlockquoteIsRemoved() {
        let teaser = "<blockquote><p><a href='/more'>Read our full guide to every island crossing and the winter harbour timetable</a></p></blockquote>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: teaser))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Read our full guide") })
    }

    @Test func linkedSentenceOutsideBlockquoteIsNoQuotation() {
        var nodes = [HTMLNode(tag: "div", parent: -1), HTMLNode(tag: "p", parent: 0)]
        nodes[0].firstChild = 1
        let text = "“The new pier will take the weight of two loaded buses and a lorry at the same time,” she said."
        #expect(!LinkedQuotation.holds(text, length: text.utf8.count, node: 1, nodes: nodes))
        nodes[0].tag = "blockquote"
        #expect(LinkedQuotation.holds(text, length: text.utf8.count, node: 1, nodes: nodes))
    }

    @Test func quotedShape() {
        #expect(LinkedQuotation.isQuoted("«Le quai neuf portera deux autobus chargés…»"))
        #expect(LinkedQuotation.isQuoted("„Der neue Anleger trägt zwei Busse…“"))
        #expect(!LinkedQuotation.isQuoted("Timetable for the island crossing"))
    }
}
