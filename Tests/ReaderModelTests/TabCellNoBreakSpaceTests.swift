import Testing
@testable import ReaderModel

/// An invented results table copied one cell a line whose empty cells and spacer rows hold a
/// no-break space ("&nbsp;"): the space is blank like the tab lines around it, so the header row
/// and a row with an empty cell are joined as the other rows are (`TabCellRowJoiner`).
@Suite struct TabCellNoBreakSpaceTests {
    static let before = "The county published the results of the spring by-elections on Friday, ward by ward, with the winning candidate and the change in the share of the vote since the last full election."
    static let after = "Turnout was lowest in the two town wards, where fewer than one voter in four took part, and highest in the villages on the river, where the new bridge had been the only issue of the campaign."

    static var text: String {
        let nbsp = "\u{00A0}"
        let gap = "\n\n\t\n\n"
        let header = "Ward" + gap + "Winner" + gap + nbsp + " \n\n" + "Change in share"
        let rows = [
            "North Quay" + gap + "Ruth Amsel" + gap + "+4",
            "Mill Lane" + "\n\n\t" + nbsp + " \t\n\n" + "-2",
            "Old Market" + gap + "Tomas Greer" + gap + "+7",
            "Riverside" + gap + "Ines Palt" + gap + "+1",
        ]
        return ([before, "", "Results", "", nbsp + " ", "", header] + rows.map { "\n\n\n" + $0 } + ["", after]).joined(separator: "\n")
    }

    @Test func headerAndEmptyCellRowsAreJoined() {
        let lines = LineSplitter.lines(of: Self.text)
        let joined = TabCellRowJoiner.join(lines, in: Self.text).map { String($0.text) }
        #expect(joined.contains { $0.hasPrefix("Ward") && $0.hasSuffix("Change in share") })
        #expect(joined.contains { $0.hasPrefix("Mill Lane") && $0.hasSuffix("-2") })
        #expect(joined.contains { $0.hasPrefix("North Quay") && $0.hasSuffix("+4") })
        #expect(joined.contains("Results"))
    }
}
