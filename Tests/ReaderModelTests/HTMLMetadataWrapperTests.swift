import Testing
@testable import ReaderModel

/// Metadata words mark a byline or dateline, which is a line: a small post wrapper whose
/// generated class names its author ("post author-admin") or whose id says "meta" holds the
/// story's paragraphs, and they are its body.
@Suite struct HTMLMetadataWrapperTests {
    @Test func shortPostInAnAuthorClassedWrapperIsBody() {
        let html = """
        <html><head><title>Gull season</title></head><body>
        <div id="content"><div class="hentry post author-editor">
        <h2 class="entry-title">Gull season</h2>
        <div class="entry-content"><p>The gulls came back to the pier this week.</p>
        <p>They nest on the old crane by the fish market.</p></div></div></div>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains("The gulls came back to the pier this week."))
        #expect(doc.paragraphs.contains("They nest on the old crane by the fish market."))
    }

    @Test func oneLineBylineIsStillMetadata() {
        let html = HTMLFixtures.page(inside: "<div class='article-byline'><p>By Ada Mersey</p></div>")
        let doc = HTMLFixtures.clean(html)
        #expect(!doc.paragraphs.contains("By Ada Mersey"))
        #expect(doc.byline == "Ada Mersey")
    }
}
