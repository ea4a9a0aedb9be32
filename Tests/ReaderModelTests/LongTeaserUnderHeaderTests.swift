import Testing
@testable import ReaderModel

/// Invented articles with a "Related articles" box set between two paragraphs: the box's teaser
/// headlines leave the body however long one of them is, in English and in Spanish; a paragraph
/// under such a label that ends its sentence, or sits apart from it by a blank line, stays.
@Suite struct LongTeaserUnderHeaderTests: TextPageCleaning {

    static let english = (
        head: ["Harbour Town Opens Its New Ferry Pier", ""],
        before: [
            "The town council opened the new ferry pier on Tuesday morning after two years of delays, and the first boat left for the islands shortly after nine o'clock with forty passengers aboard.",
            "Officials said the pier would double the number of daily crossings during the summer months, when visitors arrive from the mainland in large numbers and the old jetty could not cope.",
        ],
        after: [
            "The harbour master said the new pier had been built to withstand the autumn storms that damaged the old jetty twice in the past decade, and that the builders had finished under budget.",
            "Local shop owners welcomed the opening, saying that more crossings would bring more visitors to the narrow streets of the old town during the long summer season ahead.",
        ]
    )

    static let spanish = (
        head: ["El puerto estrena su nuevo muelle para transbordadores", ""],
        before: [
            "El ayuntamiento inauguró el nuevo muelle el martes por la mañana tras dos años de retrasos, y el primer barco salió hacia las islas poco después de las nueve con cuarenta pasajeros a bordo.",
            "Los responsables dijeron que el muelle duplicará el número de travesías diarias durante los meses de verano, cuando los visitantes llegan desde el continente en gran número.",
        ],
        after: [
            "El capitán del puerto explicó que el nuevo muelle se construyó para resistir los temporales de otoño que dañaron el viejo embarcadero dos veces en la última década.",
            "Los comerciantes celebraron la apertura y aseguraron que más travesías traerán más visitantes a las calles estrechas del casco antiguo durante la temporada de verano.",
        ]
    )

    static func page(_ parts: (head: [String], before: [String], after: [String]), box: [String]) -> [String] {
        parts.head + parts.before.flatMap { [$0, ""] } + box + [""] + parts.after.flatMap { [$0, ""] }
    }

    @Test func aLongEnglishTeaserHeadlineLeavesWithTheBox() {
        let teaser = "This is the man who said that the ferry would never run on time again"
        let box = ["Related articles", teaser, "Council approves budget for coastal path repairs", "New bus route links station with harbour"]
        let doc = clean(Self.page(Self.english, box: box))
        #expect(doc.paragraphs == Self.english.before + Self.english.after)
        let explained = doc.evidence(of: teaser)
        #expect(explained.contains(LongTeaserUnderHeader.evidence))
    }

    @Test func aLongSpanishTeaserHeadlineLeavesWithTheBox() {
        let box = ["Artículos relacionados", "Este es el hombre que dijo que el transbordador nunca llegaría a su hora",
                   "El ayuntamiento aprueba el presupuesto del paseo", "Nueva línea de autobús entre la estación y el puerto"]
        let doc = clean(Self.page(Self.spanish, box: box))
        #expect(doc.paragraphs == Self.spanish.before + Self.spanish.after)
    }

    @Test func aLongTeaserAfterAShortOneLeavesToo() {
        let box = ["Related articles", "Council approves budget for coastal path repairs",
                   "Why the island bakers say the new timetable will change their early mornings", ""]
        let doc = clean(Self.page(Self.english, box: box))
        #expect(doc.paragraphs == Self.english.before + Self.english.after)
    }

    @Test func proseUnderTheLabelStays() {
        // A sentence glued under the label is no teaser headline.
        let sentence = "Readers who followed our coverage of the old jetty will find every report in the archive below."
        let doc = clean(Self.page(Self.english, box: ["Related articles", sentence]))
        #expect(doc.paragraphs.contains(sentence))
    }

    @Test func aLoneLongLineWithNoTeaserAroundItIsNoTeaser() {
        let text = "Related articles\nWhy the island bakers say the new timetable will change their early mornings\n\nThe bakers open at four."
        let lines = LineSplitter.lines(of: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(!LongTeaserUnderHeader.holds(1, lines, evidence, afterTeaser: false))
        #expect(LongTeaserUnderHeader.holds(1, lines, evidence, afterTeaser: true) == (evidence[1].shape == .nearGood))
    }
}
