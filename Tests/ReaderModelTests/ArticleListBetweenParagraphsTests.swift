import Testing
@testable import ReaderModel

/// Invented pages with a long list inside the article: a clean run of short lines between full
/// paragraphs is part of the body, however many items it holds.
@Suite struct ArticleListBetweenParagraphsTests: TextPageCleaning {
    static let intro = [
        "Moving a small bakery to a new street took us most of a year, and we learned more about planning than about bread along the way.",
        "Before the move we wrote down every task that had to be done, and the list below is the one that finally hung on the kitchen door.",
    ]
    static let list = [
        "Measure the new kitchen twice", "Order the second oven early", "Book the electrician for a full day",
        "Tell the flour supplier the new address", "Print new paper bags", "Move the sourdough starter last",
        "Test every socket before the ovens arrive", "Plan a quiet opening week", "Ask neighbours about parking",
        "Keep the old phone number", "Train the new weekend staff", "Hang the old sign above the counter",
    ]
    static let outro = [
        "Most of these tasks took longer than we hoped, but none of them surprised us, because each one had its own line on the door.",
        "If we ever move again we will start the list even earlier, and we will give the electrician two full days instead of one.",
    ]

    @Test func aLongListBetweenParagraphsIsKept() {
        let doc = clean(["Notes from a bakery move", ""] + Self.intro.flatMap { [$0, ""] } + Self.list + [""] + Self.outro.flatMap { [$0, ""] })
        for item in Self.list { #expect(doc.paragraphs.contains(item)) }
        for paragraph in Self.intro + Self.outro { #expect(doc.paragraphs.contains(paragraph)) }
        let explained = doc.blocks.first { $0.text == Self.list[0] }
        #expect(explained?.evidence?.contains(ArticleListReason.betweenParagraphs.evidence) == true)
    }

    @Test func aListBeforeAnUnpunctuatedLeadLineAndItsParagraphIsKept() {
        let lead = "Time spent packing boxes in the old shop was time the ovens stood cold and the customers went elsewhere"
        let doc = clean(["Notes from a bakery move", ""] + Self.intro.flatMap { [$0, ""] } + Self.list + ["", lead, ""]
                        + Self.outro.flatMap { [$0, ""] })
        #expect(doc.paragraphs.contains(Self.list[5]))
    }

    @Test func aListThatOnlyReachesAMenuBlurbIsNotKept() {
        let blurb = "Our bakery news and seasonal menus and opening hours and the story of the shop for all our customers"
        let doc = clean(["Notes from a bakery move", ""] + Self.intro.flatMap { [$0, ""] } + Self.list + [blurb, "", "Show all", ""]
                        + Self.outro.flatMap { [$0, ""] })
        #expect(!doc.paragraphs.contains(Self.list[5]))
    }

    @Test func anItemTheListRepeatsDoesNotEndIt() {
        // Two short ingredient lists share one item; the repeat is the list's, not the page's menu.
        let first = ["Bread dough", "two mugs of flour", "a pinch of salt", "one spoon of honey", "warm water"]
        let second = ["Glaze", "one spoon of honey", "a knob of butter", "a pinch of salt", "lemon zest"]
        let doc = clean(["Notes from a bakery move", ""] + Self.intro.flatMap { [$0, ""] } + first + [""] + second + [""]
                        + Self.outro.flatMap { [$0, ""] })
        #expect(doc.paragraphs.contains("two mugs of flour"))
        #expect(doc.paragraphs.contains("lemon zest"))
        #expect(doc.paragraphs.contains("a knob of butter"))
    }

    @Test func aLabelRepeatedNextToAParagraphStillEndsTheRun() {
        let gallery = ["12 Photos", "Scenes from the new street", "View the whole gallery"]
        let doc = clean(["Notes from a bakery move", "", Self.intro[0], ""] + gallery + ["", Self.intro[1], ""] + gallery
                        + ["", Self.outro[0], "", Self.outro[1]])
        #expect(!doc.paragraphs.contains("Scenes from the new street"))
    }
}
