import Testing
@testable import ReaderModel

/// Invented pages: a report of long paragraphs with no headings, then a related-stories label over
/// a slideshow copied as text (a short headline over a long caption, item after item). The
/// slideshow leaves the body; an article whose sections carry headings above the label as below
/// it, and a label over only two headed paragraphs, keep their body. Fixtures in Latin (English,
/// German) script.
@Suite struct HeadlinePairsUnderRelatedHeaderTests: TextPageCleaning {
    static let report = [
        "The county council voted on Wednesday evening to keep the old stone bridge over the river open to cyclists and walkers, reversing a plan drawn up last winter that would have closed it for good once the new road crossing downstream was finished next summer.",
        "Engineers had told the council in the spring that the bridge's central arch was sound but that its parapets needed rebuilding, a job they priced at a little under half of what the council had set aside for pulling the whole structure down and clearing the banks.",
        "Residents on both sides of the river had gathered more than three thousand names on a petition, and several spoke at the meeting about children who cross the bridge to school and older neighbours who use it to reach the market square without a long detour.",
        "The council's leader said the parapet work would start in the autumn and that the bridge would stay open during most of it, with short closures announced a week ahead on the notice boards at each end and in the council's weekly newsletter.",
    ]

    static let slides = [
        "Ferry crews vote on new rota",
        "Crews on the river ferry voted by a wide margin to accept a new rota that spreads weekend shifts more evenly, after months of talks in which the operator agreed to hire two more deckhands and to pay a little extra for the early crossings that start before dawn in summer.",
        "Market hall roof repaired at last",
        "The leaking roof over the covered market has been patched before the winter, traders said, after a season in which buckets stood between the stalls on every wet morning and the cheese seller moved twice to keep his counter dry while the council argued over who should pay.",
        "Library opens on Sundays",
        "The town library will open on Sunday afternoons from next month on a trial that runs until spring, staffed by volunteers from the friends' group who raised the money for heating, and the librarians hope families who work through the week will come in with their children.",
        "Allotment waiting list shrinks",
        "The waiting list for allotments along the railway embankment has fallen by a third since the council divided the largest plots in two, and the society that runs the site says newcomers now wait about a year rather than the four or five that some had been told to expect.",
    ]

    static func page(_ report: [String], label: String, under: [String]) -> [String] {
        ["County Courier", "Home", "News", "", "Council keeps old bridge open", "", "Published 14 October 2024", ""]
            + report.flatMap { [$0, ""] } + [label, ""] + under.flatMap { [$0, ""] } + ["Contact us", "Privacy"]
    }

    @Test func aSlideshowUnderTheLabelLeavesTheBody() {
        let doc = clean(Self.page(Self.report, label: "Also on the Courier:", under: Self.slides))
        #expect(doc.paragraphs == Self.report)
        #expect(doc.evidence(of: Self.slides[3]).contains(HeadlinePairsUnderRelatedHeader.evidence))
    }

    @Test func anArticleWithHeadedSectionsAboveTheLabelKeepsThem() {
        // The article itself is written in headed sections: no change of layout at the label.
        let sectioned = [Self.report[0], "What the engineers found", Self.report[1], "What residents said", Self.report[2], Self.report[3]]
        let doc = clean(Self.page(sectioned, label: "Also on the Courier:", under: Self.slides))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(HeadlinePairsUnderRelatedHeader.evidence) })
        #expect(doc.paragraphs.contains(Self.slides[5]))
    }

    @Test func twoHeadedParagraphsAreNoSlideshow() {
        let doc = clean(Self.page(Self.report, label: "Also on the Courier:", under: Array(Self.slides.prefix(4))))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(HeadlinePairsUnderRelatedHeader.evidence) })
    }

    @Test func aGermanSlideshowUnderItsLabelLeavesTheBody() {
        let report = [
            "Der Gemeinderat hat am Mittwochabend beschlossen, die alte Steinbrücke über den Fluss für Radfahrer und Fußgänger offen zu halten, und damit einen Plan aus dem vergangenen Winter gekippt, der ihre Schließung nach dem Bau der neuen Straßenbrücke flussabwärts im kommenden Sommer vorgesehen hatte.",
            "Die Ingenieure hatten dem Rat im Frühjahr berichtet, dass der mittlere Bogen der Brücke solide sei, die Brüstungen aber neu gemauert werden müssten, was weniger als die Hälfte dessen koste, was für den Abriss und die Räumung der Ufer eingeplant war.",
            "Anwohner auf beiden Seiten des Flusses hatten mehr als dreitausend Unterschriften gesammelt, und mehrere von ihnen sprachen in der Sitzung über Kinder, die auf dem Schulweg die Brücke nutzen, und über ältere Nachbarn, die so ohne Umweg zum Marktplatz gelangen.",
            "Der Bürgermeister sagte, die Arbeiten an den Brüstungen würden im Herbst beginnen und die Brücke bleibe während des größten Teils davon geöffnet, kurze Sperrungen würden jeweils eine Woche vorher auf Tafeln an beiden Enden und im wöchentlichen Mitteilungsblatt der Gemeinde angekündigt.",
        ]
        let slides = [
            "Fährleute stimmen neuem Dienstplan zu",
            "Die Besatzungen der Flussfähre haben mit großer Mehrheit einen neuen Dienstplan angenommen, der die Wochenendschichten gleichmäßiger verteilt, nachdem der Betreiber in monatelangen Gesprächen zugesagt hatte, zwei weitere Matrosen einzustellen und die frühen Überfahrten vor Sonnenaufgang im Sommer etwas besser zu bezahlen als bisher.",
            "Dach der Markthalle endlich repariert",
            "Das undichte Dach über der Markthalle ist vor dem Winter geflickt worden, berichten die Händler, nach einer Saison, in der an jedem nassen Morgen Eimer zwischen den Ständen standen und der Käsehändler zweimal umziehen musste, während die Gemeinde darüber stritt, wer die Kosten tragen solle.",
            "Bücherei öffnet sonntags",
            "Die Stadtbücherei wird ab dem nächsten Monat in einem Versuch bis zum Frühjahr auch am Sonntagnachmittag geöffnet sein, betreut von Ehrenamtlichen des Fördervereins, der das Geld für die Heizung gesammelt hat, und die Bibliothekarinnen hoffen auf Familien, die unter der Woche arbeiten.",
            "Warteliste für Kleingärten schrumpft",
            "Die Warteliste für die Kleingärten am Bahndamm ist um ein Drittel kürzer geworden, seit die Gemeinde die größten Parzellen geteilt hat, und der Verein, der die Anlage betreibt, sagt, Neulinge warteten nun etwa ein Jahr statt der vier oder fünf Jahre, die manchen genannt worden waren.",
        ]
        let lines = ["Kreisbote", "Startseite", "Lokales", "", "Gemeinde hält alte Brücke offen", "", "14. Oktober 2024", ""]
            + report.flatMap { [$0, ""] } + ["Lesen Sie auch", ""] + slides.flatMap { [$0, ""] } + ["Kontakt", "Impressum"]
        let doc = clean(lines)
        #expect(doc.paragraphs == report)
        #expect(doc.evidence(of: slides[5]).contains(HeadlinePairsUnderRelatedHeader.evidence))
    }
}

/// The pieces the trimmer reads, on invented lines: pairs of a short headline over a long caption.
@Suite struct HeadlinePairsUnderRelatedHeaderShapeTests {
    @Test func theRunMustEndOnItsPairs() {
        // A short line left over after the last caption is no slideshow's shape.
        let page = HeadlinePairsUnderRelatedHeaderTests.slides + ["One more line"]
        let text = page.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(HeadlinePairsUnderRelatedHeader.isSlideshow(0..<8, lines, evidence))
        #expect(!HeadlinePairsUnderRelatedHeader.isSlideshow(0..<9, lines, evidence))
    }
}
