import Testing
@testable import ReaderModel

/// Invented field report whose table was copied one cell a line (cells apart by a line holding only
/// a tab, rows by blank lines): the rows are joined and kept between the report's two parts.
@Suite struct TabCellRowJoinerTests {
    static let before = [
        "Pond Survey, Spring Term",
        "",
        "The class visited the school pond on four mornings in April and counted every animal they could find along the reed bed, writing down where each one was seen and what it was doing at the time.",
        "",
        "The table below lists the animals by the zone of the pond in which they were found and by the pupils who saw them first.",
    ]
    static let rows = [
        ["Water boatman", "Rowing across the surface near the jetty", "Ada, Ben, Cleo"],
        ["Pond skater", "Standing on the surface film; chasing flies", "Ben, Cleo"],
        ["Great diving beetle", "Resting under lily pads in the deep end", "Ada, Dev"],
        ["Common frog", "Calling from the reeds after rain", "Ada, Ben, Cleo, Dev"],
    ]
    static let after = [
        "",
        "Next term the class will repeat the count in the same four zones so that the two seasons can be compared, and they will add a fifth zone at the stream where the pond overflows.",
        "",
        "Thanks go to the caretaker, who cleared the path around the pond before each visit so that everyone could reach the water safely.",
    ]

    static var text: String {
        let table = rows.map { $0.joined(separator: "\n\n\t\n\n") }.joined(separator: "\n\n\n\n\n")
        return (before + ["", "", table] + after).joined(separator: "\n")
    }

    @Test func cellsOfARowAreJoinedAndTheTableIsKept() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.text))
        // Tab-separated, as a row the browser copied whole.
        for row in Self.rows {
            #expect(doc.paragraphs.contains(row.joined(separator: "\t")))
        }
        #expect(doc.paragraphs.contains(Self.after[1]))
        let explained = doc.blocks.first { $0.text.hasPrefix("Pond skater") }
        #expect(explained?.evidence?.contains("a table row of 3 cells copied one a line") == true)
    }

    @Test func joinsOnlyRunsOfRowsWithThreeCellsOrMore() {
        let text = Self.text
        let lines = TabCellRowJoiner.join(LineSplitter.lines(of: text), in: text)
        let joined = lines.filter { TabCellRowJoiner.isCellRow($0) }
        #expect(joined.count == Self.rows.count)
        // A form's label and field apart by a tab line make pairs, not a table.
        let form = ["Name", "Required.", "Email", "Required. Not published.", "Website", "If you have one."]
        let formText = stride(from: 0, to: form.count, by: 2).map { form[$0] + "\n\n\t\n\n" + form[$0 + 1] }.joined(separator: "\n\n")
        let formLines = LineSplitter.lines(of: formText)
        #expect(TabCellRowJoiner.join(formLines, in: formText).count == formLines.count)
    }
}
