import Testing
@testable import ReaderModel

/// Invented plain-text documents that keep their indentation: the title centred on its own line
/// over the abstract, under a two-column header at the margin. Copies without indentation, pages
/// indented throughout and centred sentences keep the scored choice.
@Suite struct CenteredDocumentTitleTests: TextPageCleaning {
    static let pad = String(repeating: " ", count: 26)

    /// A header in two columns, the centred title, then paragraphs set `indent` columns in.
    static func document(title: String, header: [String], paragraphs: [String], indent: Int = 3) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var result = header + ["", "", pad + title, ""]
        for paragraph in paragraphs { result += [margin + paragraph, ""] }
        return result
    }

    static let english = document(
        title: "Tidewater Sync",
        header: ["Working Draft                                        R. Okonkwo",
                 "Series: draft-okonkwo-tidewater-02                  Harbour Labs",
                 "Category: Experimental                                 May 2031"],
        paragraphs: [
            "This memo describes Tidewater Sync, a way for small boats to share their logs with a harbour office over a slow radio link without losing entries when the link drops.",
            "A boat keeps each entry until the harbour office confirms it, and the office answers with the highest entry it holds, so that a boat never sends an entry twice after the link returns.",
            "The rest of this memo gives the message formats, the order in which a boat and an office exchange them, and what each side does when a message arrives out of order.",
            "Nothing here depends on the radio in use; the same exchange runs over a cable or a satellite link.",
        ])

    @Test func theCentredLineOverTheAbstractIsTheTitle() {
        let doc = clean(Self.english)
        #expect(doc.title == "Tidewater Sync")
        #expect(doc.evidence(of: "Tidewater Sync").contains(CenteredDocumentTitle.note))
        #expect(doc.paragraphs.count == 4)
    }

    @Test func inGermanAndRussianToo() {
        let german = Self.document(
            title: "Das Schleusenprotokoll",
            header: ["Arbeitsentwurf                                      K. Lindqvist",
                     "Reihe: entwurf-lindqvist-schleuse-01                   Juni 2030"],
            paragraphs: [
                "Dieses Dokument beschreibt das Schleusenprotokoll, mit dem ein Schiff seine Ankunft an einer Schleuse meldet und einen Platz in der nächsten Kammer erhält.",
                "Das Schiff sendet seine Länge und seinen Tiefgang, und die Schleuse antwortet mit der Kammer und der Uhrzeit, zu der sie sich öffnet.",
                "Die folgenden Abschnitte nennen die Nachrichten des Protokolls und die Reihenfolge, in der Schiff und Schleuse sie austauschen.",
            ])
        #expect(clean(german).title == "Das Schleusenprotokoll")
        let russian = Self.document(
            title: "Протокол причала",
            header: ["Черновик                                             А. Веснина",
                     "Серия: chernovik-vesnina-prichal-03                  Март 2029"],
            paragraphs: [
                "В этом документе описан протокол причала, по которому лодка сообщает о своём прибытии и получает место у свободного причала.",
                "Лодка передаёт свою длину и осадку, а причал отвечает номером места и временем, когда место освободится.",
                "Дальше приведены сообщения протокола и порядок, в котором лодка и причал обмениваются ими.",
            ])
        #expect(clean(russian).title == "Протокол причала")
    }

    @Test func copiesWithoutTheMarkKeepTheScoredChoice() {
        // A copy that dropped its indentation: the centred line is an ordinary short line.
        let flat = Self.english.map { String($0.drop { $0 == " " }) }
        #expect(clean(flat).evidence(of: "Tidewater Sync").contains(CenteredDocumentTitle.note) == false)
        // A page indented throughout (a dump of a page's source): the title is no deeper than the prose.
        let deep = Self.english.map { $0.isEmpty ? $0 : Self.pad + $0 }
        #expect(clean(deep).evidence(of: "Tidewater Sync").contains(CenteredDocumentTitle.note) == false)
        // A centred sentence is an epigraph, not a title.
        var epigraph = Self.english
        epigraph[epigraph.firstIndex(of: Self.pad + "Tidewater Sync")!] = Self.pad + "Boats wait for no one."
        #expect(clean(epigraph).title != "Boats wait for no one.")
    }
}
