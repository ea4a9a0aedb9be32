import Testing
@testable import ReaderModel

/// One partly linked line, or a linked section heading, between two paragraphs of the article is
/// the author's; a line linked through, or a run of linked lines (a list of links), is furniture.
@Suite struct HTMLLoneLinkLineTests {
    @Test func partlyLinkedLineBetweenParagraphsIsKept() {
        let line = "<p>Tide tables: <a href='/tides'>harbour almanac for the spring months</a></p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: line))
        #expect(doc.paragraphs.contains("Tide tables: harbour almanac for the spring months"))
        let block = doc.blocks.first { $0.text.hasPrefix("Tide tables") }
        #expect(block?.role == .body)
        #expect(block?.evidence?.contains("lone linked line") == true)
    }

    @Test func linkedHeadingBetweenParagraphsIsKept() {
        let heading = "<h2><a href='#costs'>What the pier will cost</a></h2>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: heading))
        #expect(doc.paragraphs.contains("What the pier will cost"))
    }

    @Test func runOfLinkedLinesAndFullyLinkedLineAreRemoved() {
        let run = "<p>Ferries: <a href='/a'>timetable for the island crossing</a></p><p>Buses: <a href='/b'>timetable for the coastal road</a></p>"
        let teaser = "<p><a href='/c'>Storm closes the coastal road for a second week</a></p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: run))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Ferries") || $0.hasPrefix("Buses") })
        let teased = HTMLFixtures.clean(HTMLFixtures.page(inside: teaser))
        #expect(!teased.paragraphs.contains { $0.hasPrefix("Storm closes") })
    }
}
