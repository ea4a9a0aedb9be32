import Testing
@testable import ReaderModel

/// Invented select-all copies: the headline hides among menus, teaser headlines and labels of the
/// same shape; it is the line that speaks of what the body speaks of, above the body.
@Suite struct HeadlineFinderTests: TextPageCleaning {
    static let body = [
        "The river ferry between Almsford and Cray Point will run every twenty minutes from Monday, the county transport office said, after a winter of complaints about crowded crossings.",
        "",
        "Two new ferry boats, built at the Cray Point yard, join the service this week; each carries sixty passengers and a dozen bicycles across the river.",
        "",
        "Commuters who crossed on Friday said the longer timetable would make it easier to reach the hospital and the college on the far bank.",
    ]

    static let menu = ["Home", "News", "Sport", "Weather", "Local Life", "Sign in"]
    static let teasers = [
        "Most read",
        "Bakery wins regional prize for its rye loaf",
        "Council debates the future of the old cinema",
        "Storm damage closes the coastal footpath again",
        "School orchestra plays at the cathedral",
    ]

    @Test func headlineAmongMenusAndTeasersAboveTheByline() {
        let page = Self.menu + [""] + Self.teasers + ["", "Almsford ferry to run every twenty minutes as new boats join the river service", "",
                                                      "By Tamsin Example", "March 4, 2025", ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == "Almsford ferry to run every twenty minutes as new boats join the river service")
        let note = doc.blocks.first { $0.role == .title }?.evidence ?? ""
        #expect(note.contains("headline:"))
    }

    /// The teaser list sits between the headline and the body; the headline still speaks of the body.
    @Test func headlineAboveATeaserBlock() {
        let page = Self.menu + ["", "New ferry boats double the river crossings at Cray Point", "", "Share", ""]
            + Self.teasers + [""] + Self.body
        let doc = clean(page)
        #expect(doc.title == "New ferry boats double the river crossings at Cray Point")
    }

    /// A vocabulary word ("Twitter") inside a long headline does not disqualify it.
    @Test func headlineNamingASocialNetwork() {
        let page = Self.menu + ["", "Ferry passengers post river crossing photos on Twitter as timetable doubles", "",
                                "By Tamsin Example", ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == "Ferry passengers post river crossing photos on Twitter as timetable doubles")
    }

    /// A headline then its longer summary: the first is the title.
    @Test func headlineBeforeItsStandfirst() {
        let page = Self.menu + ["", "River ferry timetable doubled",
                                "Two new boats from the Cray Point yard let the county run a crossing every twenty minutes", ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == "River ferry timetable doubled")
    }

    /// A copy that opens straight into the article has no headline to find.
    @Test func noHeadlineWhenThePageOpensWithProse() {
        let doc = clean(Self.body)
        #expect(doc.title == nil)
    }

    @Test func overlapCountsContentWordsOnly() {
        let lines = LineSplitter.lines(of: "The ferry runs on the river\nAbout us\nThe ferry crosses the river every twenty minutes.")
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let words = HeadlineFinder.openingWords(lines, evidence, body: 2..<3)
        #expect(HeadlineFinder.overlap(lines[0], words) > 0.6)
        #expect(HeadlineFinder.overlap(lines[1], words) == 0)
    }
}
