import Testing
@testable import ReaderModel

/// Invented pages whose list of story cards outweighs the article: cards that carry a recurring
/// block of short lines, or summaries ending on the same link label, are teasers; an article's own
/// paragraphs and a page made only of cards are kept.
@Suite struct CardListTests: TextPageCleaning {
    static let article = [
        "Orchard Owners Share Their First Cider In Years",
        "",
        "The small orchard above the mill pond produced enough apples this autumn for the first pressing since the frost of six years ago.",
        "",
        "Volunteers picked the fruit over two weekends and carried it down the lane in borrowed wheelbarrows to the old stone press.",
        "",
        "The owners plan to sell a few bottles at the village fair and to give the rest to the people who helped with the harvest.",
    ]
    static var paragraphs: [String] { article.dropFirst(2).filter { !$0.isEmpty } }

    /// Four cards, each a headline and a long summary followed by the same source and buttons.
    static let blockCards: [String] = (1...4).flatMap { n in
        ["Story \(n) headline about the harbour and its boats",
         "Summary \(n): the harbour master said on Monday that the new pontoons would be finished before the summer, and that the fishing fleet would move back to the inner basin once the dredging work is complete in the spring.",
         "Coast Weekly", "Save", "More like this"]
    }

    @Test func cardsWithARecurringFooterAreTeasers() {
        let doc = clean(Self.article + [""] + Self.blockCards)
        #expect(doc.paragraphs == Self.paragraphs)
        #expect(doc.removed.contains { $0.text.hasPrefix("Summary 2:") })
    }

    static let labelledCards: [String] = (1...4).flatMap { n in
        ["Rowing club number \(n) opens its boathouse",
         "The boathouse by the weir welcomes new members on Saturday mornings, and the coaches promise patient lessons for beginners of every age. Weiter…",
         ""]
    }

    @Test func summariesEndingOnTheSameLinkLabelAreTeasers() {
        let doc = clean(Self.article + [""] + Self.labelledCards)
        #expect(doc.paragraphs == Self.paragraphs)
    }

    @Test func paragraphsEndingOnTheSameWordStay() {
        // No link label after a finished sentence: the shared last word is the text's own.
        let lines = Self.article + [""] + (1...4).flatMap { n in
            ["Section \(n)", "Paragraph \(n) of the report describes the orchard, the press and the volunteers who came to help again.", ""]
        }
        let doc = clean(lines)
        #expect(doc.paragraphs.contains { $0.hasPrefix("Paragraph 3") })
    }

    @Test func aPageOfOnlyCardsIsNoCardList() {
        let doc = clean(["Boat directory", ""] + Self.blockCards)
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("card in a list") })
    }

    @Test func linkLabels() {
        #expect(CardListDetector.linkLabel("It opened today. More") == "More")
        #expect(CardListDetector.linkLabel("Sie kam zurück. Mehr…") == "Mehr…")
        #expect(CardListDetector.linkLabel("He went home. [M1]") == nil)
        #expect(CardListDetector.linkLabel("no sentence end here at all") == nil)
    }
}
