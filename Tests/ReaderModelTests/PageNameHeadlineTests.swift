import Testing
@testable import ReaderModel

/// Invented reference-page copies: the page's short name opens the copy and heads its summary box;
/// the box's labelled rows push the article's prose far down.
@Suite struct PageNameHeadlineTests: TextPageCleaning {

    static let box = ["Cray Point", "", "Country\tExampleland", "Population\t4,210", "Area\t12 km2", "Founded\t1720",
                      "Main trade\tBoat building", "River\tAlmsford estuary", "Ferry\tTen minutes to the west bank", "",
                      "Contents", "1 History", "2 Boat building", "3 The ferry", "4 See also", "",
                      "See also: Almsford river ferry timetable", ""]
    static let prose = [
        "The town sits on the east bank of the Almsford river, where the estuary narrows enough for a ferry to cross in ten minutes.",
        "",
        "Boat building has been its main trade since the eighteenth century; the yard still launches two or three vessels a year.",
        "",
        "Most of its residents work across the river, and the ferry timetable shapes the working day of the whole town.",
    ]

    @Test func shortNameRepeatedAboveASummaryBox() {
        let defining = "Cray Point is a small harbour town in Exampleland, known for its boat yard and its river ferry."
        let page = ["Cray Point", "From the Example Gazetteer", "Jump to: navigation, search", ""] + Self.box
            + [defining, ""] + Self.prose
        let doc = clean(page)
        #expect(doc.title == "Cray Point")
        let note = doc.blocks.first { $0.role == .title }?.evidence ?? ""
        #expect(note.contains("the page's first line"))
    }

    /// A site name repeated in the menu is no page name when the article does not open with it.
    @Test func siteNameRepeatedInTheMenuIsNoHeadline() {
        let page = ["Harbour Herald", "Home", "Harbour Herald", "News", "", "Ferry timetable doubles at Cray Point",
                    "By Tamsin Example", ""] + Self.prose
        #expect(clean(page).title != "Harbour Herald")
    }
}
