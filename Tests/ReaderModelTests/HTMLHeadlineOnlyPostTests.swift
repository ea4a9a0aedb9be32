import Testing
@testable import ReaderModel

/// A post that is only a headline, a date line and a video reads as its headline and date line, not
/// as an empty body; a post with text keeps its headline as the title.
@Suite struct HTMLHeadlineOnlyPostTests {
    static func page(body: String) -> String {
        """
        <html><head><title>Evening talk at the boathouse | Harbour Notes</title></head><body>
        <div id='content'><div class='post hentry'><div class='headline_area'>
        <h1 class='entry-title'>Evening talk at the boathouse</h1>
        <p class='headline_meta'>by the keeper on 4 May</p></div>
        <div class='entry-content'>\(body)<div class='share-box'><span>Like</span></div></div></div>
        <div class='post_nav'><p><a href='/prev'>Previous post: tide tables</a></p></div></div>
        </body></html>
        """
    }

    @Test func aVideoPostReadsAsItsHeadlineAndDateLine() {
        let doc = HTMLFixtures.clean(Self.page(body: "<p><iframe src='/video/12'></iframe></p>"))
        #expect(doc.paragraphs == ["Evening talk at the boathouse", "by the keeper on 4 May"])
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("no text") })
    }

    @Test func aPostWithTextKeepsItsHeadlineAsTheTitle() {
        let line = "The rowing club invites everyone to a talk on the history of the harbour boats."
        let doc = HTMLFixtures.clean(Self.page(body: "<p>\(line)</p>"))
        #expect(doc.paragraphs == [line])
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("no text") })
    }
}
