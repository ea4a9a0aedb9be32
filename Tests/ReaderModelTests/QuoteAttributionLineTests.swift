import Testing
@testable import ReaderModel

/// Invented page: a gossip post that quotes a singer's post, its attribution line ("— name (@handle)
/// date") under the quote. The dated attribution heads nothing: the post's opening paragraphs above
/// it stay the article's.
@Suite struct QuoteAttributionLineTests: TextPageCleaning {
    static let opening = [
        "After a week of rumours about a secret wedding, the folk singer Marit Solberg has finally said something, and it was not what anyone expected.",
        "She posted a photo of her three cats wearing tiny paper crowns, with a caption that explained absolutely nothing.",
    ]
    static let quote = "My three kings have had a busy week, please let them rest now. No further questions about anybody's wedding!"
    static let attribution = "— Marit Solberg (@maritsings) April 2, 2024"
    static let rest = [
        "Fans took the post as a denial, though her manager has not answered any messages since Tuesday afternoon.",
        "Her new album, recorded in a fishing hut on the coast, comes out in June, and the tour starts in the same small town where she grew up.",
        "Tickets for the first night went in under ten minutes, which suggests the rumours have done her no harm at all.",
    ]

    @Test func attributionHeadsNothing() {
        let page = ["Gossip Daily", "", "Singer answers wedding rumours with cats", "", "Astrid Holm", ""]
            + Self.opening.flatMap { [$0, ""] } + [Self.quote, "", Self.attribution, ""] + Self.rest.flatMap { [$0, ""] }
            + ["Most popular", "Share"]
        let doc = clean(page)
        #expect(doc.paragraphs.starts(with: Self.opening))
        #expect(doc.paragraphs.contains(Self.quote))
        #expect(doc.title == "Singer answers wedding rumours with cats")
    }

    @Test func matchesOnlyADashOpenedShortLine() {
        let lines = LineSplitter.lines(of: [Self.attribution, "– Anna K., 2019", "-- not an attribution", "Marit Solberg, April 2, 2024",
                                            "— " + Self.rest[1]].joined(separator: "\n"))
        #expect(QuoteAttributionLine.matches(lines[0]))
        #expect(QuoteAttributionLine.matches(lines[1]))
        #expect(!QuoteAttributionLine.matches(lines[2]))
        #expect(!QuoteAttributionLine.matches(lines[3]))
        #expect(!QuoteAttributionLine.matches(lines[4]))
    }
}
