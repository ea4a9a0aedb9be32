import Testing
@testable import ReaderModel

/// A data table's header cell that reads like a page label ("Share", "Comments", "Email") names
/// its column and stays; the same word alone in the article is still a label, and a table that
/// lays out a page is no data table.
@Suite struct HTMLDataTableHeaderCellTests {
    static func clean(_ html: String) -> Document { HTMLFixtures.clean(HTMLFixtures.page(inside: html)) }

    @Test func labelWordsHeadingColumnsStay() {
        let table = "<table><thead><tr><th>Fund</th><th>Share</th><th>Comments</th></tr></thead><tbody>"
            + "<tr><td>Harbour Growth</td><td>12.4%</td><td>Closed to new savers</td></tr>"
            + "<tr><td>Quay Income</td><td>8.1%</td><td>Pays each quarter</td></tr></tbody></table>"
        let doc = Self.clean(table)
        #expect(doc.paragraphs.contains("Fund\tShare\tComments"))
        #expect(doc.paragraphs.contains("Quay Income\t8.1%\tPays each quarter"))
        let header = doc.blocks.first { $0.text == "Fund\tShare\tComments" }
        #expect(header?.role == .body)
    }

    /// A first row of plain cells heads the columns as a `thead` does.
    @Test func firstRowOfPlainCellsHeadsTheColumns() {
        let table = "<table><tr><td>Ward</td><td>Email</td></tr>"
            + "<tr><td>Eastfold</td><td>eastfold@example.org</td></tr><tr><td>Kettle Hill</td><td>kettle@example.org</td></tr></table>"
        #expect(Self.clean(table).paragraphs.contains("Ward\tEmail"))
    }

    @Test func headerCellEvidenceIsExplained() {
        let table = "<table><tr><th>Share</th><th>Fund</th></tr><tr><td>40%</td><td>Quay Income</td></tr>"
            + "<tr><td>60%</td><td>Harbour Growth</td></tr></table>"
        let doc = Self.clean(table)
        #expect(doc.blocks.contains { $0.evidence?.contains(DataTableHeaderCell.evidence) == true }
            || doc.blocks.contains { $0.text.hasPrefix("Share\t") })
        #expect(doc.paragraphs.contains("Share\tFund"))
    }

    /// The same word alone between paragraphs is a share button.
    @Test func loneLabelOutsideATableStillGoes() {
        let doc = Self.clean("<div>Share</div>")
        #expect(!doc.paragraphs.contains("Share"))
    }

    /// A body cell (not the first row, not a `th`) reading "Share" is not covered by the rule.
    @Test func headerTestReadsOnlyHeaderCells() {
        let html = "<table><tr><th>Fund</th><th>Note</th></tr><tr><td>Quay</td><td>Share</td></tr><tr><td>Bay</td><td>Hold</td></tr></table>"
        let document = HTMLDocument.parse(html)
        let blocks = BlockSegmenter.blocks(of: document)
        let layout = PageLayout(document: document, blocks: blocks)
        var tables = DataTableRow()
        func isHeader(_ text: String) -> Bool? {
            guard let block = blocks.first(where: { $0.text == text }),
                  let place = tables.place(of: block.node, document.nodes, layout) else { return nil }
            return DataTableHeaderCell.isHeader(place, document.nodes)
        }
        #expect(isHeader("Note") == true)
        #expect(isHeader("Share") == false)
        #expect(isHeader("Quay") == false)
    }
}
