import Testing
@testable import ReaderModel

/// An invented page listing events, each a name and the same labelled fields: the records are the
/// article, not a run of teasers whose summaries sit between headlines.
@Suite struct RecordFieldLabelsTests {
    static let intro = [
        "The valley walking club runs five long walks every summer, and each one starts and ends at a railway station so that nobody needs a car.",
        "Members may bring guests on any walk, and the club asks only that everyone carries water, a map and a jacket in case the weather turns.",
    ]
    static let walks: [(String, String, String)] = [
        ("Northern Ridge, Hill Country", "Route: From the old mill along the ridge to the lookout tower, then down through the beech woods to the station.", "Leader: Anna Brook\tLast year: Ben Hale"),
        ("River Meadows, Lowland", "Route: A flat circuit beside the river with two bridges and a long stretch of water meadows in full flower.", "Leader: Carl Dunn\tLast year: Dora Finch"),
        ("Chalk Downs, South Edge", "Route: Up the chalk track to the barrows, along the crest for six miles and down the coombe to the village.", "Leader: Emil Grant\tLast year: Fay Hart"),
        ("Lake Shore, West Basin", "Route: Around the western lake with a climb to the old quarry and a picnic stop beside the sailing club.", "Leader: Gus Ives\tLast year: Hana Jory"),
        ("Forest Loop, East Woods", "Route: A shaded loop through the pine plantation, past the charcoal burners' huts and back along the canal towpath.", "Leader: Ida Kemp\tLast year: Jon Lark"),
    ]

    @Test func labelReadsAShortPrefixBeforeAColon() {
        #expect(RecordFieldLabels.label("Route: From the mill") == "Route")
        #expect(RecordFieldLabels.label("Last year: Ben") == "Last year")
        #expect(RecordFieldLabels.label("A sentence that has no label at all: none") == nil)
        #expect(RecordFieldLabels.label("http://example.org") == nil)
    }

    @Test func recordsWithLabelledFieldsAreKept() {
        var lines = ["Summer walks of the valley club", ""] + Self.intro.flatMap { [$0, ""] } + ["This summer's walks:", ""]
        for (n, walk) in Self.walks.enumerated() {
            lines += [walk.0, "Distance: \(10 + n) miles\tWhen: Saturday \(3 + 7 * n) June", walk.1, walk.2, ""]
        }
        lines += ["Club office | Contact | Privacy"]
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
        for walk in Self.walks { #expect(doc.paragraphs.contains(walk.1)) }
        let explained = doc.blocks.first { $0.text == Self.walks[1].1 }
        #expect(explained?.evidence?.contains(RecordFieldLabels.evidence) == true)
    }
}
