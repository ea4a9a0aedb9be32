import Testing
@testable import ReaderModel

/// A long paragraph whose class names comments (the thread's rules under the reply form) stays
/// furniture (`CommentNamedParagraph`); one named for commentary is the article's.
@Suite struct HTMLCommentNamedParagraphTests {
    static let policy = "The editors of this site may remove replies that insult other readers, repeat themselves or advertise a business that has nothing to do with the story. Disagreement is welcome; rudeness is not."

    static func page(closing: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Marrow Bay votes to rebuild the ferry pier</title></head><body>
        <article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        <h3>Leave a reply</h3>
        <form><input type="text" name="author"><textarea name="comment"></textarea></form>
        \(closing)
        </article></body></html>
        """
    }

    @Test func threadRulesUnderTheFormAreFurniture() {
        for name in ["comment_license", "comment-rules", "commentPolicy"] {
            let doc = HTMLFixtures.clean(Self.page(closing: "<p class=\"\(name)\"><i>\(Self.policy)</i></p>"))
            #expect(doc.paragraphs == HTMLFixtures.prose, "\(name)")
            #expect(doc.removed.contains { $0.text == Self.policy && $0.reason == .comments }, "\(name)")
        }
    }

    @Test func commentaryParagraphStays() {
        let doc = HTMLFixtures.clean(Self.page(closing: "<p class=\"commentary-note\">\(Self.policy)</p>"))
        #expect(doc.paragraphs.contains(Self.policy))
    }
}
