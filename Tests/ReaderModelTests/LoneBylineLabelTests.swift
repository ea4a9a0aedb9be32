import Testing
@testable import ReaderModel

/// Invented article headers whose byline label stands on its own line above the author's name
/// ("By" / "Por" / "Von"): the name is the byline, not a short line of the body, in English,
/// Spanish and German; a label with no name under it, or a name apart from it by a blank line,
/// names no one.
@Suite struct LoneBylineLabelTests: TextPageCleaning {

    static func page(title: String, lead: String, label: String, name: String, date: String, photo: String, credit: String,
                     body: [String], gap: Bool = false) -> [String] {
        ["Menu", "Home", title, "", lead, "", label] + (gap ? [""] : []) + [name, date, "", photo, "", credit, ""]
            + body.flatMap { [$0, ""] }
    }

    static let englishBody = [
        "The town council opened the new ferry pier on Tuesday morning after two years of delays, and the first boat left for the islands shortly after nine o'clock with forty passengers aboard.",
        "Officials said the pier would double the number of daily crossings during the summer months, when visitors arrive from the mainland in large numbers and the old jetty could not cope.",
        "The harbour master said the new pier had been built to withstand the autumn storms that damaged the old jetty twice in the past decade.",
    ]

    static func english(label: String = "by", gap: Bool = false) -> [String] {
        page(title: "Harbour Town Opens Its New Ferry Pier", lead: "The first boat left for the islands shortly after nine o'clock.",
             label: label, name: "Marta Lindqvist", date: "12 March 2024 9:00 AM",
             photo: "The new pier will be open all year for the island boats.", credit: "Reuters", body: englishBody, gap: gap)
    }

    @Test func anEnglishNameUnderALoneByIsTheByline() {
        let doc = clean(Self.english())
        #expect(doc.byline == "Marta Lindqvist")
        #expect(!doc.paragraphs.contains("Marta Lindqvist"))
        let explained = doc.evidence(of: "Marta Lindqvist")
        #expect(explained.contains(LoneBylineLabel.evidence))
    }

    @Test func aSpanishNameUnderALonePorIsTheByline() {
        let body = [
            "El ayuntamiento inauguró el nuevo muelle el martes por la mañana tras dos años de retrasos, y el primer barco salió hacia las islas poco después de las nueve con cuarenta pasajeros a bordo.",
            "Los responsables dijeron que el muelle duplicará el número de travesías diarias durante los meses de verano, cuando los visitantes llegan desde el continente en gran número.",
            "El capitán del puerto explicó que el nuevo muelle se construyó para resistir los temporales de otoño que dañaron el viejo embarcadero.",
        ]
        let doc = clean(Self.page(title: "El puerto estrena su nuevo muelle para transbordadores",
                                  lead: "El primer barco salió hacia las islas poco después de las nueve de la mañana con cuarenta pasajeros.",
                                  label: "por", name: "Marta Lindqvist", date: "12 de marzo de 2024 9:00 AM",
                                  photo: "El nuevo muelle estará abierto todo el año para los barcos de las islas.", credit: "Reuters", body: body))
        #expect(doc.byline == "Marta Lindqvist")
        #expect(!doc.paragraphs.contains("Marta Lindqvist"))
    }

    @Test func aGermanLabelWithAColonCounts() {
        let line = { (text: String) in LineSplitter.lines(of: text)[0] }
        #expect(LoneBylineLabel.isBareLabel(line("Von")))
        #expect(LoneBylineLabel.isBareLabel(line("Von:")))
        #expect(LoneBylineLabel.isBareLabel(line("BY")))
        #expect(LoneBylineLabel.isBareLabel(line("Autor:")))
        #expect(!LoneBylineLabel.isBareLabel(line("Sort by")))
        #expect(!LoneBylineLabel.isBareLabel(line("Byline")))
        #expect(!LoneBylineLabel.isBareLabel(line("By the harbour")))
    }

    @Test func aNameApartFromTheLabelIsNotTakenByIt() {
        let lines = LineSplitter.lines(of: Self.english(gap: true).joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(LoneBylineLabel.find(lines, evidence, in: lines.indices, isName: TextMetadataExtractor.looksLikeName) == nil)
    }

    @Test func aLabelOverALowerCaseLineNamesNoOne() {
        let text = "By\nthe harbour wall\n\nThe first boat left at nine."
        let lines = LineSplitter.lines(of: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(LoneBylineLabel.find(lines, evidence, in: lines.indices, isName: TextMetadataExtractor.looksLikeName) == nil)
    }
}
