import Testing
@testable import ReaderModel

/// Invented live blogs as select-all copies: a lone "LIVE" label over the headline, a key-events
/// index of timed one-line links, timed entries each closed by the same "Share" line.
@Suite struct LiveBlogTests: TextPageCleaning {
    static let headline = "Thousands line the river as the city marathon returns"

    static let entries: [[String]] = [
        ["11:20", "The last runners have crossed the finish line on Bridge Street, more than six hours after the start, to loud applause from the stewards who waited for them."],
        ["10:05", "Winner breaks the course record",
         "The men's race was won in a new course record, nearly a minute faster than the old mark set eleven years ago on a cooler morning."],
        ["09:15", "Water stations along the embankment have run short of cups, and organisers say fresh supplies are being driven to the three busiest points now."],
        ["08:30", "Race starts in light rain",
         "The first wave of runners left the park gates at half past eight in a light drizzle, with the wheelchair race setting off ten minutes earlier."],
    ]

    static func page(label: Bool, keyEvents: Bool = true) -> [String] {
        var page = ["Skip to content", "Home", "Local", "Sport", "Sign in", ""]
        if label { page += ["LIVE"] }
        page += [headline, "", "Updated 2 minutes ago", ""]
        if keyEvents { page += ["Key events", "10:05 Winner breaks the course record", "08:30 Race starts in light rain", ""] }
        for entry in entries { page += entry + ["", "Share"] }
        page += ["", "Load more updates", "", "More on this story", "Bus routes change for the weekend fair",
                 "Library opens late on Thursdays", "", "Privacy | Terms | Contact"]
        return page
    }

    static func expectedBody() -> [String] { entries.flatMap { $0.dropFirst() } }

    static func line(_ text: String, blankBefore: Bool = false) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: blankBefore, lineNumber: 0)
    }

    static func evidence(_ lines: [TextLine]) -> [LineEvidence] {
        LineEvidenceCollector.collect(lines, site: nil)
    }

    // MARK: Key-events index

    @Test(arguments: ["16:05 Ferry crossings cancelled", "9.40 Schools close early today", "08:30 Race starts in light rain"])
    func aTimeLedItemIsClockLed(text: String) {
        #expect(KeyEventsIndex.isClockLed(Self.line(text)))
    }

    @Test(arguments: ["16:05", "2024 was a year of floods", "3.5 million people voted today", "25:10 is not a time of day", "12:7 Seven of twelve"])
    func otherLinesAreNotClockLed(text: String) {
        #expect(!KeyEventsIndex.isClockLed(Self.line(text)))
    }

    @Test func oneTimeLedLineAloneIsNoIndex() {
        let lines = [Self.line("Weather"), Self.line("16:05 Ferry crossings cancelled until morning"), Self.line("Sport")]
        #expect(!KeyEventsIndex.holds(1, lines))
        let run = [Self.line("Key events"), Self.line("16:05 Ferry crossings cancelled until morning"), Self.line("14:40 Flood warnings issued for three rivers")]
        #expect(KeyEventsIndex.holds(1, run) && KeyEventsIndex.holds(2, run))
    }

    /// Without a label above the headline, the index items still echo the body word for word; they
    /// are never the title.
    @Test func keyEventsItemsAreNeverTheTitle() {
        let doc = clean(Self.page(label: false))
        #expect(doc.title != "10:05 Winner breaks the course record")
        #expect(doc.title != "08:30 Race starts in light rain")
        let item = doc.blocks.first { $0.text == "10:05 Winner breaks the course record" }
        #expect(item?.role == .removed)
        #expect(item?.evidence?.contains(KeyEventsIndex.evidence) == true)
    }

    // MARK: Lone headline label

    @Test func theHeadlineUnderALoneLiveLabelIsTheTitle() {
        let doc = clean(Self.page(label: true))
        #expect(doc.title == Self.headline)
        let note = doc.blocks.first { $0.role == .title }?.evidence ?? ""
        #expect(note.contains(LonePrefixLabel.evidence))
    }

    @Test func aLabelOverARunOfLinesHeadsNoHeadline() {
        let lines = [Self.line("LIVE", blankBefore: true), Self.line("Storm closes coastal roads as rivers rise"),
                     Self.line("Second headline of a list of live pages")]
        #expect(!LonePrefixLabel.heads(1, lines, Self.evidence(lines)))
        let alone = [Self.line("LIVE", blankBefore: true), Self.line("Storm closes coastal roads as rivers rise"),
                     Self.line("Updated 4 minutes ago", blankBefore: true)]
        #expect(LonePrefixLabel.heads(1, alone, Self.evidence(alone)))
    }

    /// The page's stamp glued under the headline closes its block; the entries' headings, listed
    /// above the entries without times, echo the body more but are never the title.
    @Test func theHeadlineOverItsStampUnderALiveLabelIsTheTitle() {
        let stamped = [Self.line("LIVE", blankBefore: true), Self.line("Storm closes coastal roads as rivers rise"),
                       Self.line("Updated 4 minutes ago"), Self.line("Ferry crossings cancelled", blankBefore: true)]
        #expect(LonePrefixLabel.heads(1, stamped, Self.evidence(stamped)))
        let listed = [Self.line("LIVE", blankBefore: true), Self.line("Storm closes coastal roads as rivers rise"),
                      Self.line("Updated 4 minutes ago"), Self.line("Ferry crossings cancelled")]
        #expect(!LonePrefixLabel.heads(1, listed, Self.evidence(listed)))
        let headline = "River flooding: towns along the valley brace for a second crest"
        let page = ["Home", "News", "World", "Sport", "", "Live", headline, "Updated 2 minutes ago", "",
                    "Key events", "Rain eases in the upper valley", "Council opens two more shelters", "",
                    "12 minutes ago", "Rain eases in the upper valley",
                    "The weather service says rainfall in the upper valley has eased since midnight, though the river is still rising at the bridge in the old town.",
                    "Engineers expect the second crest to pass the weir late this afternoon, about a metre below the record set three winters ago.", "",
                    "38 minutes ago", "Council opens two more shelters",
                    "The council has opened two more shelters in school halls on the hill road, bringing the number of beds available to nearly four hundred.",
                    "Volunteers are asking for blankets and dry food, which can be left at the library on the square until eight this evening."]
        #expect(clean(page).title == headline)
    }

    @Test func aLabelThatIsNoTitlePrefixHeadsNoHeadline() {
        let lines = [Self.line("Weather", blankBefore: true), Self.line("Storm closes coastal roads as rivers rise"),
                     Self.line("Updated", blankBefore: true)]
        #expect(!LonePrefixLabel.heads(1, lines, Self.evidence(lines)))
    }

    // MARK: Entry separator

    /// The share line closes every entry, the last one too: the last entry stays.
    @Test func theLastEntryUnderARepeatedShareLineStays() {
        let doc = clean(Self.page(label: true))
        #expect(doc.paragraphs == Self.expectedBody(), "\(doc.paragraphs.map { String($0.prefix(30)) })")
    }

    @Test func aLineRecurringAfterTheParagraphClosesIt() {
        let lines = ["Share", "08:30", "A last entry of prose that the page closes with its share line.", "Share"].map { Self.line($0) }
        #expect(EntrySeparatorLine.closesParagraph(footer: 0, last: 2, lines))
        let once = ["Share", "A site blurb under the post's only share line.", "Leave a Reply"].map { Self.line($0) }
        #expect(!EntrySeparatorLine.closesParagraph(footer: 0, last: 1, once))
    }
}
