import Testing
@testable import ReaderModel

/// The story's later paragraphs in a `hidden` part behind a "Read more" button are read; a hidden
/// menu or a hidden part after no paragraph stays hidden.
@Suite struct HTMLCollapsedContinuationTests {
    static func page(rest: String) -> String {
        """
        <!DOCTYPE html><html><body>
        <button aria-expanded="false" aria-controls="menu">Menu</button>
        <nav id="menu" hidden><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <article><h1>Marrow Bay votes to rebuild the ferry pier</h1><div class="story">
        \(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.prefix(2))))
        \(rest)
        <button aria-expanded="false" aria-controls="rest">Read more</button>
        </div></article></body></html>
        """
    }

    @Test func theHiddenRestAfterAParagraphIsRead() {
        let doc = HTMLFixtures.clean(Self.page(rest: "<div id=\"rest\" hidden>\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.dropFirst(2))))</div>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(!doc.paragraphs.contains("News"))
        let block = doc.blocks.first { $0.text == HTMLFixtures.prose[4] }
        #expect(block?.evidence?.contains("Read more") == true)
    }

    @Test func aHiddenPartOpeningWithAListStaysHidden() {
        let list = "<ul><li>\(HTMLFixtures.prose[2])</li><li>\(HTMLFixtures.prose[3])</li></ul>"
        let doc = HTMLFixtures.clean(Self.page(rest: "<div id=\"rest\" hidden>\(list)</div>"))
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(2)))
    }

    @Test func aPartHiddenByItsStyleStaysHidden() {
        // A stale variant the page hides itself, beside the shown one.
        let doc = HTMLFixtures.clean(Self.page(rest: "<div id=\"rest\" style=\"display:none\">\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.dropFirst(2))))</div>"))
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(2)))
    }
}
