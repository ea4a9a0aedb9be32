import Testing
@testable import ReaderModel

/// Invented live pages: the page's headline under the site's menu, over entries each under a bare
/// clock time. An entry's heading echoes its own paragraph best, yet the headline above is the title.
@Suite struct LiveEntryHeadingTests: TextPageCleaning {
    static let german = [
        "Nordkurier am Hafen", "Startseite", "Politik", "Sport",
        "Sturmflut an der Küste: Fähren bleiben im Hafen, Deiche werden verstärkt",
        "Aktualisiert vor 5 Minuten",
        "16:40",
        "Fähren fahren erst morgen wieder",
        "Die Reederei hat alle Fahrten zu den Inseln für heute abgesagt. Die ersten Fähren sollen morgen früh um sieben Uhr wieder fahren, wenn der Wind bis dahin nachlässt.",
        "15:55",
        "Deich bei Nordersand wird verstärkt",
        "Helfer der Feuerwehr legen seit Mittag Sandsäcke auf den alten Deich bei Nordersand. Das Wasser steht dort schon einen Meter höher als bei normaler Flut.",
        "15:10",
        "Schulen schließen früher",
        "Alle Schulen an der Küste haben die Kinder um zwölf Uhr nach Hause geschickt. Der Unterricht soll morgen wie gewohnt beginnen, teilte das Schulamt mit.",
        "Teilen",
    ]

    @Test func theHeadlineAboveTheEntriesIsTheTitle() {
        let doc = clean(Self.german)
        // The live blog's kept times are still the entries' stamps (`isLiveEntryTime`).
        #expect(doc.title == "Sturmflut an der Küste: Fähren bleiben im Hafen, Deiche werden verstärkt")
        withKnownIssue("the first entry's heading goes with the header's \"updated\" notice it is glued to") {
            // The first entry keeps its heading.
            #expect(doc.paragraphs.first == "Fähren fahren erst morgen wieder")
        }
    }

    @Test func shapeAlone() {
        let texts = ["14:52", "Engineers say power is back", "The network says most homes have power again tonight.",
                     "14:31", "Coast road shut", "Police closed the coast road after waves threw shingle across it.",
                     "13:58", "Rail services suspended", "The operator stopped all trains north of the river."]
        let lines = WrappedProseFragmentTests.lines(texts)
        var evidence = [LineEvidence](repeating: LineEvidence(shape: .short), count: lines.count)
        for k in [0, 3, 6] { evidence[k].isTimestamp = true }
        #expect(LiveEntryHeading.holds(1, lines, evidence))
        #expect(!LiveEntryHeading.holds(2, lines, evidence))
        // Two times are a dated list's, not a live page's three entries.
        evidence[6].isTimestamp = false
        #expect(!LiveEntryHeading.holds(1, lines, evidence))
        // Under a stamp that is no bare clock time ("2h ago"): the key events' index reads those.
        let relative = WrappedProseFragmentTests.lines(["2h ago"] + texts.dropFirst())
        for k in [0, 3, 6] { evidence[k].isTimestamp = true }
        #expect(!LiveEntryHeading.holds(1, relative, evidence))
    }
}
