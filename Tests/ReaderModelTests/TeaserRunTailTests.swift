import Testing
@testable import ReaderModel

/// Invented pages: links to other stories set under a post without a header. Bare headlines in a
/// row, or headlines that each carry a date, leave the body; a report's own subheads, each over its
/// paragraph, stay.
@Suite struct TeaserRunTailTests: TextPageCleaning {
    static let post = [
        "The harbour ferry will stop running on Sundays from next month, the operator said on Tuesday, citing a shortage of trained crew for the weekend rota.",
        "Commuters who rely on the early crossing say the change leaves them with a forty-minute drive around the estuary, and the parish council has asked for a meeting.",
        "The operator says it is training four new deckhands and hopes to restore the Sunday service before the summer season begins.",
    ]

    static func head() -> [String] {
        ["Estuary Times", "Home", "News", "", "Sunday ferry to be suspended", ""] + post.flatMap { [$0, ""] }
    }

    @Test func bareHeadlinesUnderThePostLeaveTheBody() {
        let teasers = [
            "Lifeboat Crew Rescues Two Walkers Cut Off by the Tide",
            "Why the Old Pier Is Finally Being Rebuilt",
            "Town Council Votes on a New Car Park for the Beach",
            "Meet the Baker Who Feeds Half the Village Before Dawn",
        ]
        let doc = clean(Self.head() + teasers.flatMap { [$0, " ", ""] })
        #expect(doc.paragraphs == Self.post)
        // Inside a chosen body, the rule itself ends it above the run and names the run.
        let text = (Self.post + teasers).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        #expect(TeaserRunTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count) == 0..<Self.post.count)
        #expect(evidence[Self.post.count + 1].noiseSource == .rule(TeaserRunTail.evidence))
    }

    @Test func datedTeasersWithSummariesLeaveTheBody() {
        let teasers = [
            "Harbour Festival Returns With Tall Ships and a Fish Market", "Three days of music and boats on the quay. Read more...", "2024-05-02",
            "New Timetable for the Island Bus Is Published", "The summer buses run every half hour from June. Read more...", "2024-04-28",
            "Sea Wall Repairs to Start After the Easter Holidays", "The promenade will close in sections while the work goes on. Read more...", "2024-04-20",
        ]
        let doc = clean(Self.head() + teasers.flatMap { [$0, ""] })
        #expect(doc.paragraphs == Self.post)
    }

    @Test func linksTheArticleNotesUnderOneOfThemStay() {
        let links = [
            "Ferry Timetables for the Spring and Summer", "Car Share Groups Along the Estuary", "Bus Routes Around the Head of the River",
            "(If you know a route we missed, tell us and we will add it to the list.)",
        ]
        let doc = clean(Self.head() + links.flatMap { [$0, ""] })
        #expect(doc.paragraphs.suffix(4) == links[...])
    }

    @Test func headlinesUnderALeadInLabelStay() {
        let listed = ["Ferry Timetables for the Spring and Summer", "Car Share Groups Along the Estuary", "Bus Routes Around the Head of the River"]
        let text = (Self.post + ["Further reading:"] + listed).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        #expect(TeaserRunTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count) == 0..<lines.count)
    }

    @Test func subheadsOverTheirOwnParagraphsStay() {
        let sections = [
            "What the Operator Says About Its Crew",
            "The company says two of its deckhands retired this spring and that recruiting has been slow along the whole coast.",
            "How the Parish Council Wants to Respond",
            "Councillors want a written promise that the Sunday service will be back by the first of July at the latest.",
            "Where Commuters Can Find the Alternatives",
            "The county bus runs twice on Sundays, and a car share group has been set up on the parish notice board.",
        ]
        let doc = clean(Self.head() + sections.flatMap { [$0, ""] })
        #expect(doc.paragraphs == Self.post + sections)
    }

    @Test func aRunOfNamesWithoutFunctionWordsIsNoTeaserList() {
        let text = (Self.post + ["Harbour Master Jane Example", "Deputy Clerk John Sample", "Ferry Captain Ann Placeholder"]).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(TeaserRunTail.run(from: 3, lines, evidence, end: lines.count) == .notTeasers)
    }

    @Test func teasersWhoseTitlesCloseOnTheirDateLeaveTheBody() {
        // Two of the titles close on a date and read as date lines, mostly lowercase: each follows
        // the summary of the teaser before it, so it opens the next teaser.
        let teasers = [
            "Harbour Festival Returns With Tall Ships and a Fish Market", "Three days of music and boats on the quay. Read more...", "2024-05-02",
            "New ferry fares and a loyalty card for islanders - May 1, 2024", "Regular passengers pay less from June. Read more...", "2024-05-01",
            "Sea Wall Repairs to Start After the Easter Holidays", "The promenade will close in sections while the work goes on. Read more...", "2024-04-20",
            "Two new benches on the quay for the summer - April 12, 2024", "Paid for by the harbour trust. Read more...", "2024-04-12",
        ]
        let text = (Self.post + teasers).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(TeaserRunTail.isDatedTitle(lines[Self.post.count + 3], evidence[Self.post.count + 3]))
        #expect(TeaserRunTail.run(from: Self.post.count, lines, evidence, end: lines.count) == .teasers)
        let doc = clean(Self.head() + teasers.flatMap { [$0, ""] })
        #expect(doc.paragraphs == Self.post)
    }

    @Test func germanTeasersWhoseTitlesCloseOnTheirDateLeaveTheBody() {
        let post = [
            "Die Fähre über die Förde fährt ab dem kommenden Monat sonntags nicht mehr, teilte der Betreiber am Dienstag mit, weil ausgebildete Besatzung fehlt.",
            "Pendler, die auf die frühe Überfahrt angewiesen sind, müssen nun vierzig Minuten um die Förde herumfahren, und der Gemeinderat bittet um ein Treffen.",
        ]
        let teasers = [
            "Hafenfest mit Großseglern, Fischmarkt und Musik", "Drei Tage Musik und Boote am Kai. Weiterlesen...", "2024-05-02",
            "Neue Fahrpreise und eine Kundenkarte für die Inselbewohner - 1. Mai 2024", "Wer oft fährt, zahlt ab Juni weniger. Weiterlesen...", "2024-05-01",
            "Reparatur der Kaimauer beginnt nach den Osterferien - 20. April 2024", "Die Promenade wird abschnittsweise gesperrt. Weiterlesen...", "2024-04-20",
            "Zwei neue Bänke am Kai für den Sommer - 12. April 2024", "Bezahlt hat sie der Hafenverein. Weiterlesen...", "2024-04-12",
        ]
        let text = (post + teasers).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(TeaserRunTail.isDatedTitle(lines[post.count + 3], evidence[post.count + 3]))
        #expect(TeaserRunTail.run(from: post.count, lines, evidence, end: lines.count) == .teasers)
    }

    @Test func aPostingLineIsNoDatedTitle() {
        let text = (Self.post + ["Posted on the harbour blog by the editors - May 1, 2024"]).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(!TeaserRunTail.isDatedTitle(lines[Self.post.count], evidence[Self.post.count]))
    }
}
