import Testing
@testable import ReaderModel

/// Invented articles with a table of figures only copied one cell a line ("Year", "Visitors",
/// "Receipts" over years and amounts): the rows are joined when every row is figures, the header
/// is every line above them and a column holds bare figures (`FigureTable`); an archive's month
/// list under a few labels is no table.
@Suite struct FigureTableTests: TextPageCleaning {
    static let intro = "The castle museum has published its visitor figures for the last five years, and they show a steady recovery since the fire closed the east wing and the tower for most of one summer."
    static let outro = "The trustees expect the reopened tower to bring the numbers back above the level of the years before the fire, and have asked the council to extend the bus service on Sundays."

    static let rows = [
        ["Year", "Visitors", "Receipts"],
        ["2019", "48,200", "£312,000"],
        ["2020", "12,450", "£81,500"],
        ["2021", "29,800", "£190,400"],
        ["2022", "41,300", "£268,900"],
        ["2023", "50,150", "£335,700"],
    ]

    static func page(_ run: [String]) -> [String] {
        ["Castle museum visitor numbers recover", "", intro, ""] + run + ["", outro, "", "Contact the museum", "Opening hours"]
    }

    @Test func aTableOfFiguresIsKeptWithItsRowsTabSeparated() {
        let doc = clean(Self.page(Self.rows.flatMap { $0 }))
        for row in Self.rows { #expect(doc.paragraphs.contains(row.joined(separator: "\t"))) }
        #expect(doc.paragraphs.contains(Self.outro))
    }

    @Test func aCaptionWithAFigureStaysAboveTheHeader() {
        let text = ([Self.intro, "Table 1: visitors 2019-2023"] + Self.rows.flatMap { $0 } + [Self.outro]).joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        let joined = CellLineTableJoiner.join(lines, in: text)
        #expect(joined.map { CellLineTableJoiner.tabbed($0.text) }.contains("2021\t29,800\t£190,400"))
        #expect(joined.map { CellLineTableJoiner.tabbed($0.text) }.contains("Table 1: visitors 2019-2023"))
    }

    /// An archive's months carry words in every cell: no column of bare figures.
    @Test func anArchiveOfMonthsIsNoTable() {
        let archive = ["Recent posts", "Categories", "Archives",
                       "June 2012", "May 2012", "April 2012",
                       "March 2012", "February 2012", "January 2012",
                       "December 2011", "November 2011", "October 2011"]
        let text = ([Self.intro] + archive + [Self.outro]).joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        #expect(CellLineTableJoiner.join(lines, in: text).count == lines.count)
    }

    /// A fourth label over three columns of figures: the first row would start on a label.
    @Test func aShiftedHeaderIsNoTable() {
        let run = ["Archive", "Year", "Visitors", "Receipts"] + Self.rows.dropFirst().flatMap { $0 }
        let text = ([Self.intro] + run + [Self.outro]).joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        #expect(CellLineTableJoiner.join(lines, in: text).count == lines.count)
    }
}
