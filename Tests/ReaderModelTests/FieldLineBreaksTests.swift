import Testing
@testable import ReaderModel

/// Invented saved pages: an events guide whose every event closes on "Label: value" lines parted
/// by single `<br>`s keeps each field as a line (`FieldLineBreaks`), in German and English; prose
/// wrapped with `<br>`, a time of day's colon and a line that is no field leave the paragraph whole.
@Suite struct FieldLineBreaksTests {
    static func page(_ paragraphs: [String]) -> String {
        """
        <html><head><title>Weekend guide</title></head><body><nav><a href="/">Home</a> <a href="/whats-on">What's on</a></nav>
        <article><h1>Weekend guide</h1>
        <p>Three things to do in town this weekend, from a flea market to an organ recital in the old chapel.</p>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        <p>Tell us about your event by writing to the listings desk a week ahead.</p>
        </article><footer>Contact us</footer></body></html>
        """
    }

    @Test(arguments: [
        ["Wann: Samstag, 10 bis 16 Uhr", "Wo: Marktplatz am Rathaus", "Eintritt: frei"],
        ["When: Sunday 2pm", "Where: St Anne's chapel, Mill Road", "Tickets: £8 at the door"],
    ])
    func fieldsKeepTheirLines(fields: [String]) {
        let doc = HTMLFixtures.clean(Self.page(["The old chapel's organ has been restored and gets its first outing in forty years.", fields.joined(separator: "<br>")]))
        for field in fields { #expect(doc.paragraphs.contains(field), "\(field): \(doc.paragraphs)") }
        #expect(doc.blocks.first { $0.text == fields[1] }?.evidence?.contains(FieldLineBreaks.evidence) == true)
    }

    @Test func proseAndTimesStayJoined() {
        let prose = "The market opens at 10:30 on Saturday<br>and closes when the last stall packs up."
        let mixed = "Note: the car park is closed<br>so please come by bus or on foot."
        let doc = HTMLFixtures.clean(Self.page([prose, mixed]))
        #expect(doc.paragraphs.contains("The market opens at 10:30 on Saturday and closes when the last stall packs up."))
        #expect(doc.paragraphs.contains("Note: the car park is closed so please come by bus or on foot."))
    }

    @Test func labelsAreShortAndPlain() {
        func lines(_ text: String) -> [String]? {
            var bytes = Array(text.utf8)
            var starts: [Int] = []
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0A { bytes[i] = 0x20; starts.append(i + 1) }
                i += 1
            }
            return bytes.withUnsafeBufferPointer { FieldLineBreaks.lines($0, starts: starts) }
        }
        #expect(lines("Tid: lördag 10–16\nPlats: Gästhamnen") == ["Tid: lördag 10–16", "Plats: Gästhamnen"])
        #expect(lines("10:30 opening\n11:00 talks") == nil)
        #expect(lines("Where we went in the long summer of that year: the coast\nWhen: later") == nil)
        #expect(lines("Tid: lördag\nsen kväll") == nil)
    }
}
