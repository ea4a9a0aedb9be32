import Testing
@testable import ReaderModel

/// A list of teaser cards (each item a heading, a blurb and a link) inside the article's container
/// points to other pages; a page made of such items alone keeps them.
@Suite struct HTMLTeaserCardListTests {
    static func card(_ headline: String, _ blurb: String) -> String {
        "<li><h3>\(headline)</h3><p>\(blurb) <a href='/more'>More...</a></p></li>"
    }

    static let cards = "<ul>" + [
        card("Lighthouse keepers hand over the keys", "The last two keepers of the north light retire after thirty winters on the rock."),
        card("Harbour seals return to the sandbanks", "Counts by volunteers show the colony doubled since the dredging stopped."),
        card("Ferry fares to rise in the new year", "The operator blames the price of fuel and the cost of the new gangway."),
    ].joined() + "</ul>"

    @Test func cardsAfterTheArticleAreRemoved() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.cards))
        #expect(doc.paragraphs.count == HTMLFixtures.prose.count)
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Harbour seals") || $0.hasPrefix("Counts by volunteers") })
        let block = doc.blocks.first { $0.text.hasPrefix("Counts by volunteers") }
        #expect(block?.role == .removed)
        #expect(block?.evidence?.contains("teaser card") == true)
    }

    @Test func itemsThatAreThePageAreKept() {
        let intro = "<p>Three things changed on the island this month.</p>"
        let html = "<!DOCTYPE html><html><body><article><h1>Island notes</h1>\(intro)\(Self.cards)</article></body></html>"
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains { $0.hasPrefix("Counts by volunteers") })
    }

    @Test func listOfPlainItemsIsKept() {
        let list = "<ul><li><a href='/a'>Timber piles</a> rotted below the waterline.</li><li>Trucks were kept off the pier.</li><li>Divers inspected the piles twice.</li></ul>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: list))
        #expect(doc.paragraphs.contains("Trucks were kept off the pier."))
    }

    static func datedCard(_ headline: String, _ blurb: String, _ date: String) -> String {
        "<li><h3>\(headline)</h3><p>\(blurb) <a href='/more'>More...</a></p><p class='date'>\(date)</p></li>"
    }

    static let longBlurb = ", with more about the meeting, the vote, the cost and what the residents said afterwards in the hall"

    static let datedCards = "<ul>" + [
        datedCard("Lighthouse keepers hand over the keys", "The last two keepers of the north light retire after thirty winters on the rock" + longBlurb, "2024-03-09"),
        datedCard("Harbour seals return to the sandbanks", "Counts by volunteers show the colony doubled since the dredging stopped" + longBlurb, "2024-03-08"),
        datedCard("Ferry fares to rise in the new year", "The operator blames the price of fuel and the cost of the new gangway" + longBlurb, "2024-03-07"),
    ].joined() + "</ul>"

    static func shortStory(_ list: String) -> String {
        """
        <!DOCTYPE html><html><body><article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.prefix(3))))
        <div class='more'>\(list)</div></article></body></html>
        """
    }

    @Test func datedCardsAfterAShorterStoryAreRemoved() {
        let doc = HTMLFixtures.clean(Self.shortStory(Self.datedCards))
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(3)))
        let block = doc.blocks.first { $0.text.hasPrefix("Counts by volunteers") }
        #expect(block?.evidence?.contains("each with a dateline of its own") == true)
    }

    @Test func undatedCardsOutweighingAStoryAreKept() {
        // Steps or picks of a list article carry no date each: they may be the article.
        let undated = Self.datedCards.replacingOccurrences(of: #"<p class='date'>2024-03-0\d</p>"#, with: "", options: .regularExpression)
        let doc = HTMLFixtures.clean(Self.shortStory(undated))
        #expect(doc.paragraphs.contains { $0.hasPrefix("Counts by volunteers") })
    }
}
