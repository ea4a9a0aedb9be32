import Testing
@testable import ReaderModel

/// A data table in an article (results, standings, a timetable) comes out one line a row, its
/// cells apart by tabs as a select-all copy has them; a table that lays out a page, a table of
/// linked threads and a table of unlike rows keep their cells as they were.
@Suite struct HTMLDataTableRowTests {
    static let results = """
        <table class="standings"><thead><tr><th>Club</th><th>Played</th><th>Points</th></tr></thead><tbody>
        <tr><td>Marrow Bay Rovers</td><td>12</td><td>27</td></tr>
        <tr><td>Harbour Town</td><td>12</td><td>22</td></tr>
        <tr><td>Quayside Athletic</td><td>11</td><td>19</td></tr>
        </tbody></table>
        """

    static func clean(_ html: String) -> Document { HTMLFixtures.clean(HTMLFixtures.page(inside: html)) }

    static func place(of text: String, in html: String) -> DataTableRow.Place? {
        let document = HTMLDocument.parse(html)
        let blocks = BlockSegmenter.blocks(of: document)
        let layout = PageLayout(document: document, blocks: blocks)
        guard let block = blocks.first(where: { $0.text == text }) else { return nil }
        var tables = DataTableRow()
        return tables.place(of: block.node, document.nodes, layout)
    }

    @Test func rowsOfAResultsTableAreOneLineEach() {
        let doc = Self.clean(Self.results)
        let rows = ["Club\tPlayed\tPoints", "Marrow Bay Rovers\t12\t27", "Harbour Town\t12\t22", "Quayside Athletic\t11\t19"]
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(2)) + rows + Array(HTMLFixtures.prose.dropFirst(2)))
        let row = doc.blocks.first { $0.text == rows[1] }
        #expect(row?.role == .body)
        #expect(row?.evidence?.contains("a row of a data table (4 rows of 3 cells") == true)
        #expect(!doc.blocks.contains { $0.text == "Harbour Town" })
    }

    @Test func cellsHoldingOneParagraphEachAreJoined() {
        let table = "<table><tr><td><p>Stop</p></td><td><p>Fare</p></td></tr>"
            + "<tr><td><p>Mill Lane</p></td><td><p>2.40</p></td></tr><tr><td><p>Station Road</p></td><td><p>3.10</p></td></tr></table>"
        let doc = Self.clean(table)
        #expect(doc.paragraphs.contains("Stop\tFare"))
        #expect(doc.paragraphs.contains("Station Road\t3.10"))
    }

    @Test func aParagraphOfFiguresAloneInADataTableCellKeepsItsColumn() {
        // A results table pasted from a word processor: every cell holds one paragraph, and the
        // figure columns hold no words at all.
        let table = "<table><tr><td><p>Ward</p></td><td><p>Turnout</p></td><td><p>Percent</p></td><td><p>Votes</p></td></tr>"
            + "<tr><td><p>Eastfold</p></td><td><p>3.10</p></td><td><p>41%</p></td><td><p>1 204</p></td></tr>"
            + "<tr><td><p>Kettle Hill</p></td><td><p>2.85</p></td><td><p>38%</p></td><td><p>987</p></td></tr></table>"
        let doc = Self.clean(table)
        #expect(doc.paragraphs.contains("Ward\tTurnout\tPercent\tVotes"))
        #expect(doc.paragraphs.contains("Eastfold\t3.10\t41%\t1 204"))
        #expect(doc.paragraphs.contains("Kettle Hill\t2.85\t38%\t987"))
        #expect(!doc.removed.contains { $0.text == "41%" })
    }

    @Test func aParagraphOfFiguresInALayoutTableIsStillNoWords() {
        // A page laid out in a table: its cell of prose makes it no data table, so a lone figure
        // paragraph beside it is a stray symbol as before.
        let prose = String(repeating: "The ferry timetable changes next month after a long review of the winter crossings. ", count: 2)
        let table = "<table><tr><td><p>\(prose)</p></td><td><p>2026</p></td></tr>"
            + "<tr><td><p>\(prose)</p></td><td><p>2027</p></td></tr></table>"
        let doc = Self.clean(table)
        #expect(!doc.paragraphs.contains("2026"))
        #expect(!doc.paragraphs.contains { $0.contains("\t") })
    }

    @Test func aTableInCyrillicIsJoinedToo() {
        let table = "<table><tr><th>Село</th><th>Гласови</th></tr><tr><td>Горње Поље</td><td>412</td></tr><tr><td>Доња Река</td><td>388</td></tr></table>"
        let doc = Self.clean(table)
        #expect(doc.paragraphs.contains("Горње Поље\t412"))
    }

    @Test func aPageLaidOutInATableKeepsItsParagraphs() {
        // The story sits in one cell beside a short menu cell: a layout table.
        let page = """
            <html><head><title>Lantern festival returns</title></head><body><table>
            <tr><td>Home</td><td><h1>Lantern festival returns</h1><p>\(HTMLFixtures.prose[0])</p><p>\(HTMLFixtures.prose[1])</p><p>\(HTMLFixtures.prose[2])</p></td></tr>
            <tr><td>Contact</td><td>Printed from the archive</td></tr>
            </table></body></html>
            """
        let doc = HTMLFixtures.clean(page)
        #expect(!doc.paragraphs.contains { $0.contains("\t") })
        #expect(Self.place(of: "Contact", in: page) == nil)
    }

    @Test func aTableOfProseCellsIsNoDataTable() {
        let table = "<table><tr><td>Monday</td><td>\(HTMLFixtures.prose[3])</td></tr><tr><td>Tuesday</td><td>\(HTMLFixtures.prose[4])</td></tr></table>"
        let doc = Self.clean(table)
        #expect(doc.paragraphs.contains("Monday"))
        #expect(!doc.paragraphs.contains { $0.contains("\t") })
    }

    @Test func aListingOfLinkedThreadsIsNoDataTable() {
        let html = HTMLFixtures.page(inside: """
            <table><tr><th>Topic</th><th>Replies</th></tr>
            <tr><td><a href="/t/1">Where to moor a small boat for the winter</a></td><td>14</td></tr>
            <tr><td><a href="/t/2">Ferry timetable changes after the storm</a></td><td>9</td></tr>
            <tr><td><a href="/t/3">Best bakery near the old pier</a></td><td>31</td></tr></table>
            """)
        #expect(Self.place(of: "14", in: html) == nil)
    }

    @Test func aTableOfUnlikeRowsOrANestedTableIsNoDataTable() {
        let unlike = HTMLFixtures.page(inside: "<table><tr><td>Tide</td></tr><tr><td>High</td><td>Low</td></tr><tr><td>Notes</td></tr><tr><td>Calm</td></tr></table>")
        #expect(Self.place(of: "High", in: unlike) == nil)
        let nested = HTMLFixtures.page(inside: "<table><tr><td>North</td><td>South</td></tr><tr><td>East</td><td><table><tr><td>West</td></tr></table></td></tr></table>")
        #expect(Self.place(of: "North", in: nested) == nil)
        let boxed = HTMLFixtures.page(inside: "<table><tr><td>North</td><td>South</td></tr><tr><td>East</td><td><div>West</div></td></tr></table>")
        #expect(Self.place(of: "North", in: boxed) == nil)
    }

    @Test func theRowShapeIsReadFromTheTable() {
        let html = HTMLFixtures.page(inside: Self.results)
        let place = Self.place(of: "Harbour Town", in: html)
        #expect(place?.shape == DataTableRow.Shape(rows: 4, cells: 3))
    }
}
