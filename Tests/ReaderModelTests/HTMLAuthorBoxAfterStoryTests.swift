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
