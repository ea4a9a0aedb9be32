import Foundation
import Testing
@testable import ReaderModel

/// Invented news pages (English, German, Spanish): a site menu, the headline, a one-line deck, a
/// lead paragraph, the byline and date block with a share bar under it, then the story. The lead
/// stands above the block that opens the body and is the article's first paragraph. (On these short
/// pages the body choice takes the lead in already; the tests set the body under the block, as the
/// choice sets it on longer pages.)
@Suite struct LeadAboveBylineBlockTests {
    static let english = [
        "Harbour Gazette",
        "News",
        "Sport",
        "Weather",
        "Opinion",
        "",
        "Ferry service to the outer islands will run all winter",
        "",
        "A first winter crossing for the northern island route",
        "",
        "The operator says two refitted boats will keep the morning crossing going even in January, when the route used to close.",
        "",
        "By Lena Marsh",
        "March 4, 2019 7:45 AM",
        "",
        "Share",
        "Tweet",
        "Email",
        "",
        "The island ferry that has stopped every November for the last twenty years will keep sailing through the coming winter, the operator told the harbour board on Monday evening.",
        "",
        "Two of the older boats have been refitted with new engines and heated cabins, and the company says they can now cross in the rough weather that used to keep the fleet in port until spring.",
        "",
        "Islanders have asked for a winter service for years, pointing out that the only other way to the mainland in the cold months is a small plane that flies twice a week when the weather allows.",
        "",
        "The board will still have to approve the new timetable at its next meeting, but members said on Monday that they expected no objections from the towns on either side of the sound.",
        "",
    ]

    static let german = [
        "Stadtanzeiger",
        "Lokales",
        "Sport",
        "Kultur",
        "",
        "Die alte Markthalle öffnet im Herbst wieder ihre Türen",
        "",
        "Nach langer Pause kehrt bald wieder Leben ins Viertel ein",
        "",
        "Nach drei Jahren Umbau sollen dort wieder Händler aus der Region Obst, Käse und Brot verkaufen, dazu kommt ein kleines Café im ersten Stock.",
        "",
        "Von Jonas Berger",
        "12. Mai 2021, 08:30 Uhr",
        "",
        "Teilen",
        "Drucken",
        "",
        "Die Markthalle am Fluss war seit dem Frühjahr vor drei Jahren geschlossen, weil das Dach undicht geworden war und die Leitungen nicht mehr den Vorschriften entsprachen.",
        "",
        "Die Stadt hat den Umbau mit Geld aus einem Landesprogramm bezahlt und dabei auch die alten Eisenträger erhalten, die den Bau seit mehr als hundert Jahren tragen.",
        "",
        "Etwa zwanzig Händler haben sich schon für einen Stand beworben, sagte die Leiterin des Marktamts am Dienstag, und weitere Anfragen kämen jede Woche hinzu.",
        "",
        "Der genaue Termin der Eröffnung soll im Sommer feststehen, wenn die letzten Arbeiten an der Lüftung und den Kühlräumen abgeschlossen sind.",
        "",
    ]

    static let spanish = [
        "Diario del Valle",
        "Portada",
        "Deportes",
        "Cultura",
        "",
        "El tren de cercanías volverá a parar en el pueblo este verano",
        "",
        "Una vieja demanda de los vecinos por fin cumplida",
        "",
        "La compañía promete dos trenes por la mañana y dos por la tarde, con billetes más baratos para quienes viajan cada día al trabajo.",
        "",
        "Por Carmen Ortega",
        "3 de junio de 2022, 09:15",
        "",
        "Compartir",
        "Imprimir",
        "",
        "La estación del pueblo llevaba casi diez años cerrada, desde que la compañía decidió que no compensaba parar en un andén al que llegaban pocos viajeros cada día.",
        "",
        "Los vecinos reunieron miles de firmas durante el invierno y el ayuntamiento se comprometió a pagar la reforma del andén y de la pequeña sala de espera.",
        "",
        "Según la compañía, los primeros trenes pararán a finales de julio, aunque el horario definitivo se publicará unas semanas antes en la página de la empresa.",
        "",
        "El alcalde dijo el lunes que espera que la vuelta del tren ayude a que las familias jóvenes no tengan que marcharse a la ciudad para trabajar.",
        "",
    ]

    /// The page read as the cleaner reads it, with the body set to start at the story's first
    /// paragraph under the block (where the body choice sets it on such pages).
    static func read(_ page: [String]) throws -> (lines: [TextLine], evidence: [LineEvidence], body: Range<Int>, meta: TextMetadata) {
        let lines = LineSplitter.lines(of: page.joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let first = try #require(lines.firstIndex { $0.wordCount >= 15 && $0.text != lead(of: page) })
        let body = first..<lines.count
        return (lines, evidence, body, TextMetadataExtractor.extract(lines, evidence, body: body))
    }

    /// The lead: the first line of prose, under the deck.
    static func lead(of page: [String]) -> String {
        page.first { $0.split(separator: " ").count >= 15 }!
    }

    @Test(arguments: [english, german, spanish])
    func theLeadAboveTheBylineBlockIsBody(page: [String]) throws {
        let (lines, evidence, body, meta) = try Self.read(page)
        #expect(meta.bylineIndex != nil)
        #expect(meta.dateIndex != nil)
        let lead = try #require(LeadAboveBylineBlock.index(lines, evidence, body: body, meta: meta))
        #expect(String(lines[lead].text) == Self.lead(of: page))
        let decision = RoleAssigner.assign(lines, evidence, body: body, meta: meta)[lead]
        #expect(decision.role == .body)
        #expect(decision.note == LeadAboveBylineBlock.evidence)
    }

    /// A menu box between the lead and the byline is no header furniture: the rule does not speak.
    @Test func aMenuBoxInTheBlockStopsTheRule() throws {
        var page = Self.english
        let byline = try #require(page.firstIndex(of: "By Lena Marsh"))
        page.insert(contentsOf: ["Listen to this article", "Most read today", ""], at: byline)
        let (lines, evidence, body, meta) = try Self.read(page)
        #expect(LeadAboveBylineBlock.index(lines, evidence, body: body, meta: meta) == nil)
    }

    /// Without a byline or a date between it and the story, the line is no lead parted by a block.
    @Test func noBylineOrDateNoLead() throws {
        let page = Self.english.filter { $0 != "By Lena Marsh" && $0 != "March 4, 2019 7:45 AM" }
        let (lines, evidence, body, meta) = try Self.read(page)
        #expect(LeadAboveBylineBlock.index(lines, evidence, body: body, meta: meta) == nil)
    }
}
