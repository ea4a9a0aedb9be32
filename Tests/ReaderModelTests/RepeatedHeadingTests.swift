import Testing
@testable import ReaderModel

/// An invented guide whose section headings are listed once more in its contents: the headings
/// between paragraphs stay in the body, the contents entries do not.
@Suite struct RepeatedHeadingTests {
    static let headings = ["Choosing a site for the hives", "Feeding colonies through the winter"]
    static let page = [
        "Keeping bees on a small plot",
        "",
        "Contents",
        headings[0],
        headings[1],
        "",
        "A first colony needs a calm corner with morning sun, shelter from the wind and a clear flight path away from the neighbours' paths.",
        "",
        headings[0],
        "",
        "Hives are best raised on stands a little above the ground, where damp does not creep into the boxes and mice cannot reach the entrance.",
        "",
        "A source of water within a short flight saves the workers time, and a shallow dish with stones lets them drink without drowning.",
        "",
        headings[1],
        "",
        "Before the first frost the keeper checks that each colony has enough stored honey, and adds a block of fondant where the stores look thin.",
        "",
        "Opening the hive on cold days chills the cluster, so the keeper listens at the side of the box instead of lifting the lid.",
    ]

    @Test func headingsListedInTheContentsStayBetweenParagraphs() {
        let doc = Cleaner().clean(Article(source: "g.txt", format: .text, text: Self.page.joined(separator: "\n")))
        #expect(doc.paragraphs.filter { Self.headings.contains($0) } == Self.headings)
        let notes = doc.blocks.filter { $0.role == .body && Self.headings.contains($0.text) }.compactMap(\.evidence)
        #expect(notes.allSatisfy { $0.contains("section heading") })
    }

    /// A section heading over its first sub-heading, each opened by a blank line: the contents
    /// list the section, and the pair stands between two paragraphs.
    static let stacked = [
        "A calm corner for a first colony",
        "",
        "Contents",
        "Equipment",
        "Harvest",
        "",
        "A first colony needs a calm corner with morning sun, shelter from the wind and a clear flight path away from the neighbours' paths.",
        "",
        "Equipment",
        "",
        "Buying secondhand kit",
        "A smoker that holds its fuel for an hour spares the keeper from relighting it halfway through an inspection of several hives.",
        "",
        "Harvest",
        "",
        "Frames are lifted once most of their cells are capped, and the wax is cut away with a warm knife over a tray that catches the drips.",
    ]

    @Test func aListedHeadingOverASubHeadingStays() {
        let doc = Cleaner().clean(Article(source: "g.txt", format: .text, text: Self.stacked.joined(separator: "\n")))
        #expect(doc.paragraphs.contains("Equipment"))
        #expect(doc.paragraphs.contains("Buying secondhand kit"))
        let note = doc.blocks.first { $0.role == .body && $0.text == "Equipment" }?.evidence
        #expect(note?.contains("section heading") == true)
    }

    /// Three glued lines between paragraphs (a gallery's count, its title and a link the page prints
    /// twice) are a box, not a heading over a sub-heading.
    @Test func aGluedBoxBetweenParagraphsIsNoHeading() {
        let page = [
            "Keeping bees on a small plot",
            "",
            "A first colony needs a calm corner with morning sun, shelter from the wind and a clear flight path away from the neighbours' paths.",
            "",
            "12 Photos",
            "Hives at the spring fair",
            "See every photo",
            "",
            "Hives are best raised on stands a little above the ground, where damp does not creep into the boxes and mice cannot reach the entrance.",
            "",
            "A source of water within a short flight saves the workers time, and a shallow dish with stones lets them drink without drowning.",
            "",
            "See every photo",
        ]
        let doc = Cleaner().clean(Article(source: "g.txt", format: .text, text: page.joined(separator: "\n")))
        let note = doc.blocks.first { $0.text == "See every photo" }?.evidence
        #expect(note?.contains("section heading") != true)
    }
}
