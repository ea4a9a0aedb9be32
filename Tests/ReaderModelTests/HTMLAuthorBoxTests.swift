import Testing
@testable import ReaderModel

/// A box about the writer, even one classed like a post, does not outscore the post itself.
@Suite struct HTMLAuthorBoxTests {
    @Test func longAuthorBioClassedAsPostLosesToTheArticle() {
        let bio = "Ann Writer has covered the coast for the paper since the old harbour office closed. Before that she ran a fishing boat and taught sailing to the children of the island. She wrote two guides to the islands and sat on the ferry users' committee for a decade."
        let html = """
        <html><body><div id='content'><div class='postreal'><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        <div class='postcontent-inner'><div>\(HTMLFixtures.paragraphs())</div></div></div>
        </div><div id='extra'><div class='post' id='author'><h3>About the author</h3><p>\(bio)</p></div>
        <div><a href='/archive'>Archive</a></div></div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }
}
