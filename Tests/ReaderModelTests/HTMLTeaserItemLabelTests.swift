import Testing
@testable import ReaderModel

/// A box of linked headlines inside the article, each with a short section label under it: the
/// headlines go as teasers, and their labels must not stay behind as stray words.
@Suite struct HTMLTeaserItemLabelTests {
    static func item(_ headline: String, _ label: String) -> String {
        "<li><a href='/img'><img src='x.jpg'></a><div><a href='/story'>\(headline)</a><p class='section'>\(label)</p></div></li>"
    }

    static let box = "<ul>" + [
        item("Lighthouse keepers hand over the keys to the north light", "Coast"),
        item("Harbour seals return to the sandbanks after the dredging", "Nature"),
        item("Ferry fares to rise in the new year, operator says", "Transport"),
    ].joined() + "</ul>"

    @Test func labelsOfRemovedTeasersAreRemoved() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.box))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        let label = doc.blocks.first { $0.text == "Nature" }
        #expect(label?.role == .removed)
        #expect(label?.evidence?.contains("linked headline was removed as a teaser") == true)
    }

    @Test func twoItemsAreNoTeaserBox() {
        let two = "<ul>" + [
            Self.item("Lighthouse keepers hand over the keys to the north light", "Coast"),
            Self.item("Harbour seals return to the sandbanks after the dredging", "Nature"),
        ].joined() + "</ul>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: two))
        #expect(doc.paragraphs.contains("Nature"))
    }

    @Test func anAuthorsListOfLinkedLinesKeepsItsKeptLines() {
        // Each item is one line, link and figure together: no separate label to strand.
        let list = "<ul>" + ["Spring tides – 4.1 m", "Neap tides – 2.3 m", "Storm surge – 5.0 m", "Mean level – 3.0 m"].map {
            let parts = $0.components(separatedBy: " – ")
            return "<li><a href='/t'>\(parts[0])</a> – \(parts[1])</li>"
        }.joined() + "</ul>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: list))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("linked headline was removed as a teaser") })
    }
}
