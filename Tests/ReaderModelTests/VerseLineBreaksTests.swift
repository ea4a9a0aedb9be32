import Testing
@testable import ReaderModel

/// Invented saved pages: a poem whose stanzas are paragraphs of lines parted by single `<br>`
/// keeps each line (`VerseLineBreaks`), in English and Spanish; prose hard-wrapped with `<br>` at
/// about 70 columns, or at 50, and an address block stay joined.
@Suite struct VerseLineBreaksTests {
    static func page(_ paragraphs: [String]) -> String {
        """
        <html><head><title>Poem of the week</title></head><body><nav><a href="/">Home</a> <a href="/poems">Poems</a></nav>
        <article><h1>Poem of the week</h1>
        <p>Every Saturday we print a poem sent in by a reader; this week's came from a retired ferryman on the north shore.</p>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        <p>Send your own poems to the letters desk, with your name and the town you live in.</p>
        </article><footer>Contact us</footer></body></html>
        """
    }

    static let english = [
        ["The tide goes out along the quay,", "the ropes lie slack and grey;", "I watch the gulls come in to feed", "and wait the turn of day."],
        ["My father knew the water's hours", "By smell of weed and tar", "And taught me how to read the sky", "Before the evening star."],
    ]
    static let spanish = [
        ["Baja el agua en el muelle,", "las cuerdas sin su barco;", "una gaviota espera", "la luz sobre el charco."],
        ["Mi abuela contaba horas", "por el olor del puerto,", "y yo aprendí a quedarme", "mirando lo que ha vuelto."],
    ]

    @Test(arguments: [english, spanish])
    func stanzasKeepTheirLines(stanzas: [[String]]) {
        let doc = HTMLFixtures.clean(Self.page(stanzas.map { $0.joined(separator: "<br>") }))
        for line in stanzas.joined() { #expect(doc.paragraphs.contains(line), "\(line)") }
        #expect(doc.blocks.first { $0.text == stanzas[0][1] }?.evidence?.contains(VerseLineBreaks.evidence) == true)
    }

    @Test func hardWrappedProseStaysJoined() {
        // Two paragraphs wrapped at about 70 columns, then two wrapped at about 50.
        let wide = [
            ["The harbour board met on Thursday evening to discuss the state of the", "north pier, which has been closed to walkers since the winter storms", "cracked its parapet in three places and loosened the old iron railings."],
            ["Members agreed to ask the county for a survey before any repairs are", "ordered, and to put up new signs at both ends of the pier explaining", "why it is shut and when the board hopes it will be safe to open again."],
        ]
        let narrow = [
            ["The ferry will run on Sundays again from May,", "the operator said, after a petition signed by", "more than two thousand residents asked for it."],
            ["Tickets will cost the same as on weekdays, and", "the first boat will leave the slipway at nine", "in the morning, returning at five in the evening."],
        ]
        for wrapped in [wide, narrow] {
            let doc = HTMLFixtures.clean(Self.page(wrapped.map { $0.joined(separator: "<br>\n") }))
            for paragraph in wrapped { #expect(doc.paragraphs.contains(paragraph.joined(separator: " ")), "\(paragraph[0])") }
        }
    }

    @Test func shapeTellsVerseFromProse() {
        #expect(VerseLineBreaks.hasStanzaShape(Self.english[0]))
        #expect(VerseLineBreaks.hasStanzaShape(Self.english[1]))
        #expect(VerseLineBreaks.hasStanzaShape(Self.spanish[1]))
        // An address: figures, no pauses.
        #expect(!VerseLineBreaks.hasStanzaShape(["Harbour Office", "12 Quay Street", "Millbrook MB4 2QT"]))
        // Short sentences run on inside the lines.
        #expect(!VerseLineBreaks.hasStanzaShape(["It rained. Then the wind", "came round from the west. We", "stayed in. The boat did not sail."]))
    }
}
