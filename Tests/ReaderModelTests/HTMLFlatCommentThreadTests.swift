import Testing
@testable import ReaderModel

/// An old blog template: the comments are plain paragraphs in the post's own container, after a
/// heading whose anchor names them. The heading's name ends the article; a heading named for
/// nothing in particular does not.
@Suite struct HTMLFlatCommentThreadTests {
    static let comments = [
        "What a lovely account of the pier vote, I was there and the hall was packed to the doors all evening.",
        "Posted by: a reader from the north shore | 12 March at 9:14",
        "I still think the coastal road should have come first, but the ferry matters more in the winter months.",
        "Posted by: another reader | 12 March at 10:02",
    ]

    static func page(heading: String) -> String {
        """
        <html><body><div id='nav'><a href='/'>Home</a></div>
        <div id='main'><h3>Marrow Bay votes to rebuild the ferry pier</h3>
        \(HTMLFixtures.paragraphs())
        <p class='posted'>Posted by the editor on 11 March | <a href='/p/1'>Permalink</a></p>
        \(heading)
        \(comments.map { "<p>\($0)</p>" }.joined())
        </div></body></html>
        """
    }

    @Test func paragraphsAfterAHeadingAnchoredAsCommentsAreTheThread() {
        let doc = HTMLFixtures.clean(Self.page(heading: "<h2><a id='comments'></a>Comments</h2>"))
        for paragraph in HTMLFixtures.prose { #expect(doc.paragraphs.contains(paragraph)) }
        for comment in Self.comments { #expect(!doc.paragraphs.contains(comment)) }
        #expect(doc.blocks.contains { $0.reason == .comments && ($0.evidence ?? "").contains("names for comments") })
    }

    @Test func aTrackbackHeadingStartsTheThreadToo() {
        let doc = HTMLFixtures.clean(Self.page(heading: "<h2 id='trackbacks'>Links to this post</h2>"))
        for comment in Self.comments { #expect(!doc.paragraphs.contains(comment)) }
    }

    @Test func anUnnamedHeadingIsPartOfTheArticle() {
        let doc = HTMLFixtures.clean(Self.page(heading: "<h2>What readers said at the meeting</h2>"))
        #expect(doc.paragraphs.contains(Self.comments[0]))
    }
}
