import Testing
@testable import ReaderModel

/// A box about the writer inside the article column ("author_info", "about-author-box"): named
/// for the author, longer than a byline, no headline of its own. It is not the story's text; a
/// short post whose generated class names its author keeps its paragraphs.
@Suite struct HTMLAuthorInfoBoxTests {
    private let bio = "Nell Quarry has written about the island ferries for eleven years and keeps a small boat in the harbour. She lives above the chandlery with two cats and a great many tide tables."

    @Test func authorBoxAfterTheStoryIsRemoved() {
        let box = "<div class='author_info'><h4>About the writer</h4><p>\(bio)</p></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page().replacingOccurrences(of: "</article>", with: box + "</article>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.removed.contains { $0.text == bio && $0.reason == .metadata })
    }

    @Test func postClassedWrapperNamingItsAuthorIsStillTheStory() {
        let html = """
        <html><head><title>Crane birds</title></head><body><div class='hentry post author-nell'>
        <h2>Crane birds</h2><div class='entry-content'><p>\(bio)</p></div></div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == [bio])
    }

    @Test func authorBoxJoinedToAContentWordIsRemoved() {
        // "post-author": the content word belongs to the author box's own class token.
        let box = "<div class='post-author'><h4>About the writer</h4><p>\(bio)</p></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page().replacingOccurrences(of: "</article>", with: box + "</article>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.removed.contains { $0.text == bio && $0.reason == .metadata })
    }

    @Test func contentWordInItsOwnClassTokenStillCounts() {
        #expect(BoilerplateWords("post-author").isPositive == false)
        #expect(BoilerplateWords("entry-author-box").isPositive == false)
        #expect(BoilerplateWords("post author-nell").isPositive)
        #expect(BoilerplateWords("entry-content").isPositive)
    }

    @Test func bioBoxTitledWithALaterH1IsRemoved() {
        // The page's headline is the first h1; the bio box titles itself with a second one.
        let box = "<div id='mini-bio'><div class='info'><h1>About Nell Quarry</h1><p>\(bio)</p></div></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page().replacingOccurrences(of: "</article>", with: box + "</article>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.removed.contains { $0.text == bio && $0.reason == .metadata })
    }

    @Test func metadataWrapperAroundTheHeadlineStaysTheArticle() {
        let html = """
        <html><body><div class='bio-page'><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())</div></body></html>
        """
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }
}
