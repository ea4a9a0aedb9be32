import Testing
@testable import ReaderModel

/// The story's opening paragraph set between its headline and the article element (in the header
/// band, as bare text in the wrapper) is the article's; a blog's tagline under a site-name `<h1>`
/// with the post's own heading below it is not.
@Suite struct HTMLLeadBeforeArticleTests {
    static let lead = "Lighthouse keepers on the northern cape are handing their logbooks to a museum, and the archive will open to readers next autumn."
    static let body = [
        "The logbooks cover ninety years of storms, shipwrecks, supply boats and the daily chores of the three families who kept the light burning.",
        "Curators said the pages were damp but legible, and volunteers will copy each entry by hand before the originals go into cold storage.",
        "The last keeper, who left when the lamp was automated, donated a box of letters that describe the winter the harbour froze solid.",
        "Readers will be able to search the copies by date, by ship name and by the weather recorded at dawn and at dusk on every day.",
    ]

    static func page(between: String = "") -> String {
        """
        <html><head><title>Keepers give their logbooks to the museum</title></head><body>
        <div id='story'><h1>Keepers give their logbooks to the museum</h1>
        <br><br>\(lead)<br><br>
        \(between)
        <div id='story-text'>\(body.map { "<p>\($0)</p>" }.joined())</div>
        </div>
        </body></html>
        """
    }

    @Test func bareTextLeadUnderTheHeadlineIsKept() {
        let doc = HTMLFixtures.clean(Self.page())
        #expect(doc.paragraphs == [Self.lead] + Self.body)
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("between the page's headline") })
    }

    @Test func aSecondHeadingBetweenMeansTheH1NamesTheSite() {
        let doc = HTMLFixtures.clean(Self.page(between: "<h3>Notes from the cape</h3>"))
        #expect(!doc.paragraphs.contains(Self.lead))
    }

    @Test func aListOfLinksBetweenMeansTheTextIsNoOpening() {
        let links = (1...3).map { "<p><a href='/s/\($0)'>Another story from the coast, part \($0)</a></p>" }.joined()
        let doc = HTMLFixtures.clean(Self.page(between: links))
        #expect(!doc.paragraphs.contains(Self.lead))
    }

    @Test func theLeadRepeatedAfterTheArticleIsNotKeptTwice() {
        let html = Self.page().replacingOccurrences(of: "</body>", with: "<div class='promo-strip'><p>\(Self.lead)</p></div></body>")
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.filter { $0 == Self.lead }.count == 1)
    }
}
