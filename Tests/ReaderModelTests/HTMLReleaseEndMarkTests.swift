import Testing
@testable import ReaderModel

/// A press release's end mark ("###", "-30-", "- ENDS -") under its prose ends the story: the
/// wire's lines under it and the contact block right above it go; a lone mark high on the page,
/// with little prose above it, is a divider.
@Suite struct HTMLReleaseEndMarkTests {
    /// A page whose article is the release alone, `inside` under its prose.
    static func release(_ inside: String) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article><h1>Tidewater Ceramics opens a second kiln hall</h1>"
            + story + inside + "</article></body></html>"
    }

    static let story = """
    <p>LISBON, June 2, 2025 -- Tidewater Ceramics, a maker of glazed tiles for public buildings, today opened a second kiln hall in its riverside works, doubling the number of tiles it can fire each week.</p>
    <p>The new hall holds four gas kilns and a drying room heated by the kilns' own exhaust. Twenty-two people have been hired to run it, most of them from the town's vocational school.</p>
    <p>"Our orders for restored station walls have tripled in two years," said the company's founder, Inês Tavares.</p>
    """

    @Test(arguments: ["###", "-30-", "- ENDS -", "# # #"])
    func linesUnderTheMarkAndTheContactAboveItGo(mark: String) {
        let html = Self.release("""
        <p>Press office:<br>Rui Matos<br>rui.matos@tidewater.example</p>
        <p>\(mark)</p>
        <p>SOURCE Tidewater Ceramics</p>
        """)
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains { $0.hasPrefix("\"Our orders") })
        #expect(!doc.paragraphs.contains { $0.contains("SOURCE") })
        #expect(!doc.paragraphs.contains { $0.contains("rui.matos") })
        #expect(doc.blocks.first { $0.text.hasPrefix("SOURCE") }?.evidence == ReleaseEndMark.evidence)
    }

    @Test func aMarkWithLittleProseAboveItIsADivider() {
        let html = """
        <p>A short note on the kilns.</p>
        <p>###</p>
        """ + Self.story
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: html))
        #expect(doc.paragraphs.contains { $0.hasPrefix("\"Our orders") })
    }

    @Test func aMarkOverALongerLineIsADivider() {
        let footnote = "<p>*An earlier version of this note gave the wrong opening date for the kiln hall; it opened on the second of June</p>"
        let doc = HTMLFixtures.clean(Self.release("<p>###</p>" + footnote))
        #expect(doc.paragraphs.contains { $0.hasPrefix("*An earlier version") })
        // `--explain` does not call the divider an end mark.
        #expect(doc.blocks.first { $0.text == "###" }?.evidence == ReleaseEndMark.dividerEvidence)
    }

    @Test func shape() {
        #expect(ReleaseEndMark.isMark("###", length: 3))
        #expect(ReleaseEndMark.isMark("-30-", length: 4))
        #expect(ReleaseEndMark.isMark("- ENDS -", length: 8))
        #expect(!ReleaseEndMark.isMark("30", length: 2))
        #expect(!ReleaseEndMark.isMark("ENDS", length: 4))
        #expect(!ReleaseEndMark.isMark("#1", length: 2))
        #expect(!ReleaseEndMark.isMark("-#-#-", length: 5))
        #expect(ReleaseEndMark.isContact("Rui Matos rui.matos@tidewater.example", length: 37))
        #expect(ReleaseEndMark.isContact("Press office: +351 21 555 0142", length: 30))
        #expect(!ReleaseEndMark.isContact("Orders reached 1,250,000 tiles in 2024.", length: 39))
    }
}
