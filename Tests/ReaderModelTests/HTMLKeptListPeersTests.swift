import Testing
@testable import ReaderModel

/// A linked item of a list whose other items the article keeps goes with its list, in place; an item
/// that is one link only, or a list whose items were mostly removed for their links, stays out.
@Suite struct HTMLKeptListPeersTests {
    private static let kayak = "Harbour Lights folding kayak, two seats, with paddles, a spray deck and a roof rack strap for 410 crowns (was 520 crowns)"
    private static let clock = "Marrow Bay tide clock in polished brass, wall mounted, with a battery and a spare glass for 95 crowns at the dock shop"
    private static let lantern = "Storm-proof ferry deck lantern with a rechargeable battery, a carry hook and a six-hour dimmer setting (was 80 crowns)"
    private static let bench = "Quay bench of weathered teak with steel bolts, seats three, delivered and fitted on the slipway for free (was 210 crowns)"
    private static let allOffers = "See every offer of the week in the harbour shop"

    // Links 74%, 74%, 86% and 86% of each item, over 70% of the list: no list of mostly plain text (`MixedLinkList`).
    private static let kayakItem = "<li><a href='/d1'>Harbour Lights folding kayak, two seats, with paddles, a spray deck and a roof rack strap</a> for 410 crowns (was 520 crowns)</li>"
    private static let clockItem = "<li><a href='/d2'>Marrow Bay tide clock in polished brass, wall mounted, with a battery and a spare glass</a> for 95 crowns at the dock shop</li>"
    private static let lanternItem = "<li><a href='/d3'>Storm-proof ferry deck lantern with a rechargeable battery, a carry hook and a six-hour dimmer setting</a> (was 80 crowns)</li>"
    private static let benchItem = "<li><a href='/d5'>Quay bench of weathered teak with steel bolts, seats three, delivered and fitted on the slipway for free</a> (was 210 crowns)</li>"
    private static let allOffersItem = "<li><a href='/d4'>See every offer of the week in the harbour shop</a></li>"

    private static func article(list items: [String]) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        <p>Other offers from the harbour shop this week:</p>
        <ul>\(items.joined(separator: "\n"))</ul>
        </article>
        <footer><p>Marrow Bay Gazette, all rights reserved</p></footer>
        </body></html>
        """
    }

    @Test func linkedItemsOfAKeptListAreKeptInPlace() {
        // Two linked items in a row open the list: no lone linked line between two paragraphs.
        let doc = HTMLFixtures.clean(Self.article(list: [Self.lanternItem, Self.benchItem, Self.kayakItem, Self.clockItem]))
        #expect(Array(doc.paragraphs.suffix(4)) == [Self.lantern, Self.bench, Self.kayak, Self.clock])
        #expect(doc.blocks.first { $0.text == Self.bench }?.evidence == KeptListPeers.evidence)
        #expect(!doc.removed.contains { $0.text == Self.bench })
    }

    @Test func itemThatIsOneLinkOnlyStaysOut() {
        // Two items removed for their links and two kept: the list may take its items back.
        let doc = HTMLFixtures.clean(Self.article(list: [Self.lanternItem, Self.kayakItem, Self.clockItem, Self.allOffersItem]))
        #expect(doc.paragraphs.contains(Self.lantern))
        #expect(!doc.paragraphs.contains(Self.allOffers))
    }

    @Test func listWhoseItemsWereMostlyRemovedStaysOut() {
        let teasers = (1...3).map { "<li><a href='/t\($0)'>Council delays the pier vote again as engineers ask for one more survey of the old timber piles, part \($0)</a> (5 May)</li>" }
        let doc = HTMLFixtures.clean(Self.article(list: [Self.kayakItem] + teasers))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Council delays") })
    }

    @Test func restoredOnlyWithEnoughKeptPeers() {
        let nodes = HTMLDocument.parse("<ul><li>a</li><li>b</li><li>c</li></ul>").nodes
        let items = nodes.indices.filter { nodes[$0].tag == "li" }
        #expect(KeptListPeers.restored([(items[0], 120, 100)], kept: [items[1], items[2]], nodes: nodes) == [true])
        #expect(KeptListPeers.restored([(items[0], 120, 100)], kept: [items[1]], nodes: nodes) == [false])
        #expect(KeptListPeers.restored([(items[0], 120, 120)], kept: [items[1], items[2]], nodes: nodes) == [false])
        #expect(KeptListPeers.restored([(items[0], 120, 100), (items[1], 120, 100), (items[2], 120, 100)], kept: [items[1], items[2]],
                                       nodes: nodes) == [false, false, false])
    }
}
