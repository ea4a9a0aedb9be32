import Testing
@testable import ReaderModel

/// Invented copies for two headline shapes: a post titled by its own opening words, and a short
/// section name set inside the menu above a headline that opens the body run.
@Suite struct HeadlineShapeTests: TextPageCleaning {

    static let paragraph = "Our allotment finally has running water after three summers of hauling cans from the village pump, and the committee wants every plot holder to know how the new pipe works before the dry weeks begin."

    @Test func postTitledByItsOpeningWords() {
        let title = "Our allotment finally has running water after three summers of hauling cans"
        let doc = clean([title, "", Self.paragraph, "",
                         "The tap sits by the shed and runs from dawn to dusk; please close it after use and report any leaks to the secretary."])
        #expect(doc.title == title)
        #expect(doc.paragraphs.first == Self.paragraph)
        #expect(doc.blocks.first { $0.role == .title }?.evidence?.contains("opening words") == true)
    }

    @Test func openingWordsEndingASentenceAreNoHeadline() {
        let doc = clean(["Our allotment finally has running water.", "", Self.paragraph])
        #expect(doc.title == nil)
    }

    /// The section name echoes the body ("Harbour Town") as well as the headline does; set between
    /// menu lines it is a menu entry.
    @Test func sectionNameInsideTheMenuIsNoHeadline() {
        let headline = "Cracked Hulls and Burst Pipes: How a Hard Winter Wreaks Havoc on Harbour Town, N.Y."
        let page = ["Sections", "Search", "Skip to content", "Harbour Town", "Subscribe", "Log In", "Today’s Paper", "", "Supported by", "",
                    headline, "",
                    "Harbour Town’s wooden boats were built for gentle winters, and the frost of the past month has cracked hulls and iced over the sheds along the quay.",
                    "", "Image", "A boat owner chipping ice from a mooring line on the north quay last week.", "", "By Petra Example", "", "Jan. 9, 2025", "",
                    "Boat owners in Harbour Town spent the weekend wrapping motors in old blankets, while the harbour master warned that ice in the inner basin could trap smaller boats until the thaw.",
                    "", "The boatyard on the north quay said it had taken in more repairs in a fortnight than in the whole of last year, most of them cracked hulls and leaking cooling systems.",
                    "", "More in Harbour Town", "Harbour Town"]
        let doc = clean(page)
        #expect(doc.title == headline)
    }

    /// The trail "Site > News > Year > Headline" scores as the headline; the line that repeats its
    /// last step is the headline, and a short caption under it is no standfirst.
    @Test func breadcrumbTrailGivesWayToItsLastStep() {
        let headline = "Harbour ferry timetable doubles from Monday"
        let page = ["Home", "News", "Archive", "Subscribe", "", "Harbour Post > News > 2025 > " + headline, "",
                    "« Previous | Next »", "", "04.03.2025 09:30", "", headline, "",
                    "A ferry at dawn.", "",
                    "The river ferry between Almsford and Cray Point will run every twenty minutes from Monday, the county transport office said, after a winter of complaints about crowded crossings.",
                    "", "Two new ferry boats, built at the Cray Point yard, join the service this week; each carries sixty passengers and a dozen bicycles across the river."]
        let doc = clean(page)
        #expect(doc.title == headline)
        #expect(doc.standfirst == nil)
    }

    @Test func lastStepOfATrail() {
        #expect(BreadcrumbTitle.lastStep("Site > News > Ferry timetable doubles") == "Ferry timetable doubles")
        #expect(BreadcrumbTitle.lastStep("Site › Ferry timetable doubles") == nil)
        #expect(BreadcrumbTitle.lastStep("Site > News > Ferry") == nil)
    }
}
