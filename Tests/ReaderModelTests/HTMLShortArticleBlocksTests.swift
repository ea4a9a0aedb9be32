import Testing
@testable import ReaderModel

/// Short blocks inside the article element are its text: list items, table cells and
/// subheadings, also after the last long paragraph; only a heading that ends the article goes.
@Suite struct HTMLShortArticleBlocksTests {
    @Test func shortListItemsAndSubheadingsAreKept() {
        let html = """
        <html><head><title>Pier kit</title></head><body><article>
        <p>\(HTMLFixtures.prose[0])</p>
        <h3>What the divers carry</h3>
        <ul><li>Lamp</li><li>Depth gauge</li><li>Spare fins</li></ul>
        <p>\(HTMLFixtures.prose[1])</p>
        <h3>Steps</h3>
        <ol><li>Check the tide</li><li>Mark the pile</li><li>Cut the rotten wood</li></ol>
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        for line in ["What the divers carry", "Lamp", "Depth gauge", "Spare fins", "Steps", "Check the tide", "Cut the rotten wood"] {
            #expect(doc.paragraphs.contains(line), "\(line) was dropped")
        }
    }

    @Test func tableCellsOfTheArticleAreKept() {
        let html = """
        <html><head><title>Ferry times</title></head><body><article>
        <p>\(HTMLFixtures.prose[3])</p>
        <table><tr><th>Crossing</th><th>Minutes</th></tr>
        <tr><td>Harbour to island</td><td>40</td></tr><tr><td>Island to cove</td><td>25</td></tr></table>
        <p>\(HTMLFixtures.prose[4])</p>
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        // Cells of figures alone are the table's data too; each row is one line (`DataTableRow`).
        for row in ["Crossing\tMinutes", "Harbour to island\t40", "Island to cove\t25"] {
            #expect(doc.paragraphs.contains(row), "\(row) was dropped")
        }
    }

    @Test func headingThatEndsTheArticleIsRemoved() {
        let html = HTMLFixtures.page(inside: "", outside: "").replacingOccurrences(
            of: "</article>", with: "<h2>Further pier stories</h2></article>")
        let doc = HTMLFixtures.clean(html)
        #expect(!doc.paragraphs.contains("Further pier stories"))
        #expect(doc.blocks.contains { $0.text == "Further pier stories" && $0.evidence?.contains("end of the article") == true })
    }
}
