import Testing
@testable import ReaderModel

/// Short cells that repeat across an article's data tables (names, figures) are the tables' data;
/// the same short cells repeated in a layout table beside prose (an author's rank on each forum
/// post) are still removed as repeated text.
@Suite struct HTMLDataTableCellTests {
    static func table(_ caption: String, _ rows: [(String, String)], id: String) -> String {
        "<table class='\(id)'><tr><th>\(caption)</th><th>Share</th></tr>"
            + rows.map { "<tr><td>\($0.0)</td><td>\($0.1)</td></tr>" }.joined() + "</table>"
    }

    @Test func repeatedCellsOfDataTablesStay() {
        let byChanges = Self.table("By changes", [("Mira Okafor", "31.2%"), ("Tomas Lind", "12.5%")], id: "changes")
        let byLines = Self.table("By lines", [("Tomas Lind", "40.1%"), ("Mira Okafor", "12.5%")], id: "lines")
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: byChanges + "<p>\(HTMLFixtures.prose[0])</p>" + byLines))
        // Each row is one line (`DataTableRow`): the repeated cells open and close two rows each.
        #expect(doc.paragraphs.filter { $0.hasPrefix("Tomas Lind\t") }.count == 2)
        #expect(doc.paragraphs.filter { $0.hasSuffix("\t12.5%") }.count == 2)
        #expect(!doc.removed.contains { $0.reason == .repeated })
    }

    @Test func repeatedShortCellsBesideProseCellsAreStillRepeats() {
        // A layout table of posts: each row holds its author's rank and a cell of prose.
        let posts = HTMLFixtures.prose.prefix(3).enumerated().map { i, text in
            "<table class='post\(i)'><tr><td>Harbour regular</td><td>\(text)</td></tr></table>"
        }.joined()
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: posts))
        #expect(doc.paragraphs.filter { $0 == "Harbour regular" }.count <= 1)
        #expect(doc.removed.contains { $0.reason == .repeated && $0.text == "Harbour regular" })
    }
}
