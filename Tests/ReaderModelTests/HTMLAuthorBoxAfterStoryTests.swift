import Testing
@testable import ReaderModel

/// A post that ends with a linked author line ("Author: Ann Writer") and a paragraph about the writer opening with the
/// same name: the paragraph is the author box, not the story.
@Suite struct HTMLAuthorBoxAfterStoryTests {
    static let bio = "Ann Writer is the editor of the harbour newsletter and has sailed the island's ferries for twenty winters, camera in hand."

    static func page(afterStory: String) -> String {
        """
        <!DOCTYPE html><html><body><div class='post'><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        <div class='entry'>\(HTMLFixtures.paragraphs())
        <p class='writer'>Author: <a href='/authors/ann'>Ann Writer</a></p>
        \(afterStory)</div></div></body></html>
        """
    }

    @Test func theBioAfterTheAuthorLineIsRemoved() {
        let doc = HTMLFixtures.clean(Self.page(afterStory: "<p>\(Self.bio)</p><h4>More from the blog</h4>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        let block = doc.blocks.first { $0.text == Self.bio }
        #expect(block?.role == .removed)
        #expect(block?.evidence?.contains("in the author box") == true)
    }

    @Test func moreStoryAfterTheNamedParagraphKeepsIt() {
        // A section opening with the name a link ended in, with the story going on after it.
        let more = "<p>\(Self.bio)</p><p>\(HTMLFixtures.prose[0]) \(HTMLFixtures.prose[1])</p>"
        let doc = HTMLFixtures.clean(Self.page(afterStory: more))
        #expect(doc.paragraphs.contains(Self.bio))
    }

    @Test func aParagraphNamingSomeoneElseIsKept() {
        let other = "Tom Harbour is the pier's longest-serving ferryman and says he will miss the old timber deck when it goes."
        let doc = HTMLFixtures.clean(Self.page(afterStory: "<p>\(other)</p>"))
        #expect(doc.paragraphs.contains(other))
    }
}

/// The same box set in bare `<div>`s (a server-rendered page of hashed class names): the name line
/// is unlinked, and only its match with the page's byline (its author metadata) marks it as the
/// box's. The whole page is `PageBuildFixtureTests`' "nextjs"; these read the rule alone.
@Suite struct HTMLAuthorBoxUnderBylineNameTests {
    static func candidates(nameLine: String) -> [(text: String, length: Int, isLinkedLine: Bool)] {
        (HTMLFixtures.prose + [nameLine, HTMLAuthorBoxAfterStoryTests.bio]).map { ($0, $0.utf8.count, false) }
    }

    @Test func theBioUnderTheBylineNameStartsTheBox() {
        let start = AuthorBoxAfterStory.bioStart(Self.candidates(nameLine: "Ann Writer"), byline: "Ann Writer") { _ in [] }
        #expect(start == HTMLFixtures.prose.count)
    }

    @Test func aNameLineThatIsNotTheBylineStartsNoBox() {
        // A profile's closing section under its subject's name, on a page written by someone else.
        #expect(AuthorBoxAfterStory.bioStart(Self.candidates(nameLine: "Ann Writer"), byline: "Tom Harbour") { _ in [] } == nil)
        #expect(AuthorBoxAfterStory.bioStart(Self.candidates(nameLine: "Ann Writer")) { _ in [] } == nil)
    }

    @Test func theSavedNextJSPageLosesItsAuthorBox() throws {
        let text = try ScriptAwareCleaningTests.fixture("builds/nextjs.html")
        let doc = Cleaner().clean(Article(source: "nextjs.html", format: .html, text: text))
        let bio = try #require(doc.blocks.first { $0.text.hasPrefix("Dana Whitfield writes") })
        #expect(bio.role == .removed)
        #expect(bio.evidence?.contains("the page's byline") == true)
    }
}
