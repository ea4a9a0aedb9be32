import Testing
@testable import ReaderModel

/// Invented progress note whose status table marks its cells with icons, which a copy leaves empty:
/// each row is one filled cell and a run of tabs. Read as a table, the rows bridge the note's two
/// parts instead of cutting the opening paragraphs off as a stretch of short lines.
@Suite struct EmptyCellTableRowsTests {
    static let opening = [
        "Garden Club Notes, Week Nine",
        "",
        "This week the volunteers finished clearing the old greenhouse and moved the seed trays onto the new benches by the south wall, where the light is better in the mornings.",
        "",
        "Not every bed was ready in time, so the late planting has been moved to next weekend, when more of the group will be able to come and help with the heavier digging.",
        "",
        "The table below shows where each bed stands; a tick in a column means that step is done.",
        "",
        "\tDug\tFed\tSown\tWatered\tNetted\tLabelled",
    ]
    static let beds = ["Carrots", "Onions", "Beans", "Peas", "Leeks", "Kale", "Chard", "Beetroot",
                       "Spinach", "Radish", "Lettuce", "Parsnips", "Squash", "Garlic", "Fennel", "Celery"]
    static let closing = [
        "Next week we start on the compost bays",
        "",
        "The three compost bays behind the shed have not been turned since the spring, and the bottom layer is ready to spread on the beds that were dug this week before the frost arrives.",
        "",
        "Bring gloves and a fork if you have one; the club's forks are still waiting to be sharpened, and the handles of two of them need replacing before anyone uses them again.",
    ]

    static var text: String {
        (opening + beds.map { $0 + String(repeating: "\t", count: 6) } + closing).joined(separator: "\n")
    }

    @Test func theOpeningAboveATableOfEmptyCellsIsKept() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.text))
        #expect(doc.paragraphs.contains(Self.opening[4]))
        #expect(doc.paragraphs.contains(Self.closing[2]))
    }

    @Test func rowsWithTrailingEmptyCellsAreRowShaped() {
        let text = "Carrots\t\t\t\nOnions\t \nBeans"
        let lines = LineSplitter.lines(of: text)
        #expect(TableRunDetector.isRowShaped(lines[0].text))
        #expect(!TableRunDetector.isRowShaped(lines[1].text))
        #expect(!TableRunDetector.isRowShaped(lines[2].text))
    }

    @Test func indentedLinesAreNoRows() {
        let text = "\t\tA list of headlines indented by tabs\n\t\tAnother headline indented the same way\n\t\tA third one like them"
        let lines = LineSplitter.lines(of: text)
        #expect(lines.allSatisfy { !TableRunDetector.isRowShaped($0.text) })
    }
}
