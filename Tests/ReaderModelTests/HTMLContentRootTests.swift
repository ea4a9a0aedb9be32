import Testing
@testable import ReaderModel

/// Where the content finder settles: one-line boxes that score on a class word alone are no
/// sections of the article, and a winner holding the page's `<article>` plus what follows it
/// gives way to the `<article>`.
@Suite struct HTMLContentRootTests {
    private let disclaimer = "Listings on this site are supplied by the venues themselves, and the publisher accepts no liability for changed times, cancelled shows or errors in prices."

    @Test func oneLineClassWordBoxesDoNotWidenTheArticle() {
        let rail = (1...3).map { "<div class='rail-text'>Harbour webcam, number \($0), is live</div>" }.joined()
        let html = """
        <html><head><title>Pier vote</title></head><body>
        <div class='story-body'>\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.prefix(3))))</div>
        <div class='rail'>\(rail)</div>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(3)))
    }

    @Test func soleArticleInsideTheWinnerIsTheText() {
        let html = """
        <html><head><title>Pier vote</title></head><body>
        <div class='content'><article>\(HTMLFixtures.paragraphs())</article>
        <div class='legal'><p>\(disclaimer)</p></div><div>Today</div><div>This week</div></div>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(!doc.paragraphs.contains(disclaimer))
    }
}
