import Testing
@testable import ReaderModel

/// Invented listicles: numbered sections, a box of headlines between two of them, and the count going on
/// under the box. The next number keeps the sections past the gap in the body; a numbered box of
/// its own past the gap, or a count the body never started, leaves the gap the article's end.
@Suite struct NumberingPastGapTests {
    /// The box between two sections: the headlines and labels of `FurnitureGapTailTests.box`.
    static let gallery = FurnitureGapTailTests.box

    static let english = [
        "A weekend on the outer islands takes less planning than most visitors fear, but a few habits of the locals make it a good deal easier.",
        "1. Pack a lamp that runs on batteries",
        "Power cuts on the islands are rare but long, and the ferry office sells out of torches within the hour when one starts.",
        "2. Book the early ferry",
        "The first boat of the day is half empty even in August, and its crew will tell you which coves are sheltered from the wind.",
        "3. Carry cash for the harbour kiosks",
        "Card readers on the smaller islands depend on the same weak mobile signal as everyone's phones, so a few notes save a long wait.",
    ]

    static let englishRest = [
        "4. Leave the car on the mainland",
        "The island roads are narrow and the car deck fills first, while a bicycle travels free on every crossing.",
    ]

    static let spanish = [
        "El mercado del puerto es el más antiguo de la ciudad, y quien lo visita por primera vez hace bien en seguir algunas costumbres del barrio.",
        "1. Llegar antes de que abra el mercado",
        "Los puestos de fruta montan sus toldos a las seis, y a las ocho los mejores tomates ya se han vendido a los restaurantes del puerto.",
        "2. Preguntar por el pescado del día",
        "Los vendedores apartan lo que trajo la última barca para quien pregunta, y casi nunca lo anuncian en las pizarras.",
        "3. Llevar una bolsa de tela",
        "El ayuntamiento cobra las bolsas de plástico desde hace dos años, y los comerciantes agradecen que cada cual traiga la suya.",
    ]

    static let spanishRest = [
        "4. Terminar con un café en la lonja",
        "La cafetería de los pescadores abre cuando vuelven las barcas y sirve el café más barato de todo el barrio.",
    ]

    static func trim(_ paragraphs: [String]) -> (body: Range<Int>, lines: [TextLine], evidence: [LineEvidence]) {
        var (lines, evidence, scores) = FurnitureGapTailTests.read(paragraphs)
        let body = FurnitureGapTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        return (body, lines, evidence)
    }

    @Test(arguments: [(english, englishRest), (spanish, spanishRest)])
    func nextNumberUnderTheBoxKeepsTheSection(_ above: [String], _ rest: [String]) {
        let (body, lines, evidence) = Self.trim(above + Self.gallery + rest)
        #expect(body == 0..<lines.count)
        let next = lines.count - 2
        #expect(lines[next].text == rest[0])
        #expect(evidence[next].keptNote == NumberingPastGap.evidence)
    }

    @Test func withoutTheNumberTheGapStillEndsTheArticle() {
        // The same short tail, unnumbered: the scattered lines of a footer as far as the rule can tell.
        let rest = Self.englishRest.map { String($0.drop(while: { $0 != " " }).dropFirst()) }
        let (body, lines, _) = Self.trim(Self.english + Self.gallery + rest)
        #expect(body.upperBound < lines.count)
    }

    @Test func aNumberedBoxPastTheGapStartsAgainFromOne() {
        // "Most read" numbered from one is a count of its own, not the article's fourth section.
        let rest = ["1. Harbour master retires after forty years", "A ferry named after the old lighthouse keeper will enter service next spring."]
        let (body, lines, _) = Self.trim(Self.english + Self.gallery + rest)
        #expect(body.upperBound < lines.count)
    }

    @Test func oneNumberedLineAboveIsNoCount() {
        let above = Self.english.filter { !$0.hasPrefix("2.") && !$0.hasPrefix("3.") }
        let rest = ["2. Book the early ferry", Self.english[4]]
        #expect(NumberingPastGap.continuation(above: 0..<0, tail: 0..<0, [], kept: { _ in true }) == nil)
        let (body, lines, _) = Self.trim(above + Self.gallery + rest)
        #expect(body.upperBound < lines.count)
    }

    @Test func aSectionTheBoxRanOverMayBeSkipped() {
        // "3." was swallowed by the box above the gap, so the count goes on from "2." to "4.".
        let text = ["1. Erst", "Absatz eins.", "2. Dann", "Absatz zwei.", "Galerie", "4. Zuletzt", "9. Fremd"].joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        #expect(NumberingPastGap.continuation(above: 0..<4, tail: 5..<6, lines, kept: { _ in true }) == 5)
        // A jump past the skip a list allows is some other count.
        #expect(NumberingPastGap.continuation(above: 0..<4, tail: 6..<7, lines, kept: { _ in true }) == nil)
        // Numbered lines the body drops above the gap (a numbered teaser box) are no count.
        #expect(NumberingPastGap.continuation(above: 0..<4, tail: 5..<6, lines, kept: { _ in false }) == nil)
    }
}
