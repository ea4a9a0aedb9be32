import Testing
@testable import ReaderModel

/// A short post whose long quoted text sits in a box under a toggle label: the box scores more
/// paragraphs than the post's own opening, and the opening must not be lost beside it.
@Suite struct HTMLLabelledBoxTests {
    static let opening = [
        "The harbour board said on Monday that it will publish the tide gauge readings every hour, after fishermen asked for them for years.",
        "Its statement is below; the board says the first readings will appear online before the end of the month.",
    ]
    static let quoted = [
        "The Harbour Board of Marrow Bay is pleased to announce an hourly service of tide gauge readings for all users of the harbour.",
        "The readings, taken at the north mole, will be published with a delay of no more than ten minutes, day and night, all year round.",
        "The board thanks the fishermen's cooperative, the sailing club and the lifeboat crew for their advice during the trial period.",
        "Questions about the service, its accuracy and its archive may be sent to the harbour office, which answers within two working days.",
    ]

    static func page(label: String) -> String {
        """
        <html><head><title>Tide readings every hour</title></head><body>
        <div id='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>
        <div class='story'><h2 class='story-title'>Tide readings every hour</h2>
        <div class='story-text'>
        \(opening.map { "<p>\($0)</p>" }.joined())
        \(label.isEmpty ? "<div class='quote-box'>" : label)
        \(quoted.map { "<p>\($0), with more words, and commas, here, and there.</p>" }.joined())
        </div></div></div>
        <div id='foot'><p>Copyright the harbour newspaper.</p></div>
        </body></html>
        """
    }

    @Test func theOpeningBesideAToggledBoxIsKept() {
        let doc = HTMLFixtures.clean(Self.page(label: "<div class='quote-box'><div class='toggle'>Show the full statement</div><div class='quote-text'>"))
        for paragraph in Self.opening { #expect(doc.paragraphs.contains(paragraph)) }
        #expect(doc.paragraphs.filter { $0.hasSuffix("here, and there.") }.count == Self.quoted.count)
        #expect(doc.blocks.contains { ($0.evidence ?? "").contains("a box of text under a short label") })
    }

    @Test func theOpeningBesideADetailsBoxIsKept() {
        let doc = HTMLFixtures.clean(Self.page(label: "<details class='quote-box'><summary>Read the statement</summary><div class='quote-text'>")
            .replacingOccurrences(of: "</div></div></div>", with: "</div></details></div></div>"))
        for paragraph in Self.opening { #expect(doc.paragraphs.contains(paragraph)) }
        #expect(doc.blocks.contains { ($0.evidence ?? "").contains("a box of text under a short label") })
    }

    @Test func aBoxUnderAHeadingIsAPostAndNotLifted() {
        // A heading over the text makes the box a post: the notes beside it are the page's, not the story's.
        let html = """
        <html><body><div class='main'>
        <p>Readers' letters are edited for length and clarity, and we cannot reply to every letter we receive.</p>
        <div class='post'><h2>Letters</h2><div class='entry'>\(HTMLFixtures.paragraphs())</div></div>
        </div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("a box of text under a short label") })
    }
}
