import Testing
@testable import ReaderModel

/// A comment thread longer than the short post above it keeps its furniture mark when it is made
/// of units the page names for comments; a comment-named wrapper with no such units is the article.
@Suite struct HTMLCommentThreadUnitsTests {
    static func thread() -> String {
        let items = HTMLCommentThreadTests.comments.enumerated().map { i, text in
            "<div><div>Reader \(i + 1)</div><div>\(text)</div><div class='comment_reply_link'><a href='#c\(i)'>reply</a></div></div>"
        }
        return "<div id='comments_container'><div id='comments_list'>\(items.joined())</div></div>"
    }

    @Test func threadUnderAShortPostIsRemoved() {
        let post = "<div class='video-notes'><h1>Lighting a night scene</h1><p>Two lamps, one reflector and a slow shutter for the harbour at dusk.</p></div>"
        let doc = HTMLFixtures.clean("<html><body>\(post)\(Self.thread())</body></html>")
        #expect(!doc.paragraphs.contains { $0.contains("benches at the end") })
        #expect(doc.paragraphs.contains { $0.hasPrefix("Two lamps") })
    }

    /// The article's own comment list after its text, inside one comment-named wrapper, leaves the article readable.
    @Test func commentNamedWrapperWithTheArticleFirstIsTheArticle() {
        let list = "<ol class='commentlist'>" + (1...3).map { "<li class='comment'>Reader \($0): agreed.</li>" }.joined() + "</ol>"
        let html = "<html><body><div id='comments_container'>\(HTMLFixtures.paragraphs())\(list)</div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs.starts(with: HTMLFixtures.prose))
    }

    @Test func commentNamedWrapperWithoutUnitsIsTheArticle() {
        let html = "<html><body><div id='comments_container'>\(HTMLFixtures.paragraphs())</div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }
}
