import Testing
@testable import ReaderModel

/// A poem in a saved page sets each stanza in one `<p>`, its lines parted by single `<br>`
/// (`VerseStanza`): each line is a paragraph of its own, in Portuguese and German; a wrapped prose
/// paragraph, an address without a closing sentence and a stanza with a linked line stay one paragraph.
@Suite struct HTMLVerseStanzaTests {
    static func page(_ body: String) -> String {
        """
        <html><head><title>Poema da semana</title></head><body>
        <nav><a href="/">Início</a> <a href="/cultura">Cultura</a></nav>
        <article><h1>Poema da semana</h1>
        <p>Todas as semanas publicamos um poema de um autor da região, escolhido pelos leitores entre os que nos chegam pelo correio.</p>
        \(body)
        <p>A autora vive na serra e publicou dois livros de poesia numa pequena editora do Porto, ambos esgotados.</p>
        </article><footer>© Jornal da Serra</footer></body></html>
        """
    }

    static let stanza = ["O rio leva a folha", "que o vento deixou cair,", "e a ponte fica a ver", "o que não sabe seguir."]

    @Test func aStanzasLinesAreParagraphs() {
        let doc = HTMLFixtures.clean(Self.page("<p class=\"poema\">\(Self.stanza.joined(separator: "<br>"))</p>"))
        #expect(doc.paragraphs.count == 6)
        #expect(Array(doc.paragraphs.dropFirst().prefix(4)) == Self.stanza)
        #expect(doc.blocks.first { $0.text == Self.stanza[0] }?.evidence?.contains(VerseStanza.evidence) == true)
    }

    @Test func aGermanSongsStanzasComeApartLineByLine() {
        let first = ["Am Brunnen vor dem Dorfe", "da sitzt ein alter Mann,", "er zählt die leeren Eimer", "und fängt von vorne an."]
        let second = ["Die Kinder bringen Wasser", "in Krügen aus dem Tal,", "er dankt mit einem Nicken,", "wie jedes andre Mal."]
        let body = [first, second].map { "<p>\($0.joined(separator: "<br>\n"))</p>" }.joined(separator: "\n")
        let doc = HTMLFixtures.clean(Self.page(body))
        #expect(Array(doc.paragraphs.dropFirst().prefix(8)) == first + second)
    }

    @Test func proseAddressesAndLinkedLinesStayOneParagraph() {
        // Prose wrapped by a `<br>` in mid-sentence: its lines are long.
        let prose = "A associação de moradores reuniu-se na quinta-feira para discutir o horário do autocarro que liga a aldeia à vila,<br>e decidiu pedir à câmara uma carreira ao fim da tarde para os estudantes que voltam da escola."
        #expect(HTMLFixtures.clean(Self.page("<p>\(prose)</p>")).paragraphs.contains { $0.hasPrefix("A associação") && $0.hasSuffix("escola.") })
        // An address: short lines, but no sentence closes it.
        let address = "Rua do Castelo, 12<br>4600-012 Amarante<br>Telefone 255 000 000"
        #expect(!HTMLFixtures.clean(Self.page("<p>\(address)</p>")).paragraphs.contains("Rua do Castelo, 12"))
        // Two lines only.
        let two = "O rio leva a folha<br>que o vento deixou cair."
        #expect(!HTMLFixtures.clean(Self.page("<p>\(two)</p>")).paragraphs.contains("O rio leva a folha"))
        // A stanza with a linked line is a list of links set in lines.
        let linked = "O rio leva a folha<br><a href=\"/a\">que o vento deixou cair,</a><br>e a ponte fica a ver."
        #expect(!HTMLFixtures.clean(Self.page("<p>\(linked)</p>")).paragraphs.contains("O rio leva a folha"))
        #expect(VerseStanza.lines(Array("a b c".utf8), breaks: [1, 3]) == nil)
    }
}
