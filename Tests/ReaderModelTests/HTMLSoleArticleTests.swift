import Testing
@testable import ReaderModel

/// The page's one `<article>` beats a box elsewhere that scores on its class name alone.
@Suite struct HTMLSoleArticleTests {
    @Test func articleElementBeatsAContentClassedSidebarBox() {
        let blurb = "In this issue: the island choir and the lighthouse, the winter market and the new boats, and a long walk along the northern cliffs."
        let html = """
        <html><body><section class='page'><article><header><h1>Marrow Bay votes to rebuild the ferry pier</h1></header>
        <div id='editorial'>\(HTMLFixtures.paragraphs())</div></article></section>
        <div class='panel tab-this-issue'><div class='content'><p>\(blurb)</p></div></div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }
}
