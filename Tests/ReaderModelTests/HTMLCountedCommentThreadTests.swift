import Testing
@testable import ReaderModel

/// Old blog templates in several languages: the comments are plain text in the post's own
/// container under a header that counts them and that no class or id names. With "Name said..."
/// signatures or posted-at times below it, the header ends the article; a counted heading over
/// more of the story does not.
@Suite struct HTMLCountedCommentThreadTests {
    /// A table-laid post whose comments are set by single `<br>`s in the post's own cell.
    static func tableBlog(header: String, comments: [(name: String, says: String, text: String, time: String)]) -> String {
        let thread = comments.map { "<b>\($0.name)</b> \($0.says)<br>\($0.text)<br><font size='1'>\($0.time)</font><br><br>" }.joined()
        return """
        <html><head><title>Harbour Notes :: Marrow Bay votes to rebuild the ferry pier</title></head><body><table><tr>
        <td width='160'><a href='/a'>Archives</a><br><a href='/b'>Links</a></td>
        <td><font size='4'><b>Marrow Bay votes to rebuild the ferry pier</b></font><br><br>
        \(HTMLFixtures.prose.joined(separator: "<br><br>"))<br><br>
        <hr><b>\(header)</b><br><br>
        \(thread)
        <a href='/comment'>Post a Comment</a></td></tr></table></body></html>
        """
    }

    static let english = [
        ("Wren", "said...", "The pier was falling apart when I was a boy, glad someone finally acted on it.", "3/12/2006 9:14 PM"),
        ("A ferry regular", "said...", "Now fix the timetable too please.", "3/13/2006 7:02 AM"),
        ("Anonymous", "said...", "Four million is a lot of money for a few planks.", "3/13/2006 11:40 AM"),
    ]

    @Test func saidSignaturesUnderACountedHeaderAreTheThread() {
        let doc = HTMLFixtures.clean(Self.tableBlog(header: "3 Comments:", comments: Self.english))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        let header = doc.blocks.first { $0.text == "3 Comments:" }
        #expect(header?.evidence == CountedCommentThread.evidence)
        #expect(doc.blocks.contains { $0.text.hasPrefix("Wren said") && $0.reason == .comments })
    }

    @Test func germanCommentsUnderACountedHeader() {
        let comments = [
            ("Heinz", "schrieb:", "Der alte Steg war schon zu meiner Schulzeit morsch, gut dass endlich etwas passiert.", "12.03.2006 21:14"),
            ("Birgit aus Nordhafen", "schrieb:", "Jetzt bitte noch den Fahrplan verbessern.", "13.03.2006 07:02"),
        ]
        let doc = HTMLFixtures.clean(Self.tableBlog(header: "5 Kommentare:", comments: comments))
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    @Test func spanishBloggerCommentsUnderACountedHeader() {
        let comments = [
            ("Anónimo", "dijo...", "El muelle ya estaba podrido cuando yo era niño, me alegro de que por fin lo arreglen.", "12 de marzo de 2006 21:14"),
            ("Lucía", "dijo...", "Ahora que mejoren también los horarios.", "13 de marzo de 2006 7:02"),
        ]
        let doc = HTMLFixtures.clean(Self.tableBlog(header: "12 comentarios:", comments: comments))
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    /// Each comment in its own paragraphs under an unclassed `<h3>`: signature, text, time.
    @Test func signatureParagraphsUnderACountedHeading() {
        let thread = """
        <h3>2 Kommentare</h3>
        <p><b>Heinz</b> hat gesagt…</p><p>Der alte Steg war schon zu meiner Schulzeit morsch, gut dass endlich etwas passiert, und die Fähre fährt im Winter sonst gar nicht mehr.</p>
        <p>12. März 2006 21:14</p>
        <p><b>Birgit</b> hat gesagt…</p><p>Jetzt bitte noch den Fahrplan verbessern, der Bus zur Fähre kommt immer fünf Minuten zu spät.</p>
        <p>13. März 2006 07:02</p>
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "", outside: "").replacingOccurrences(of: "</article>", with: thread + "</article>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    /// A heading that counts comments inside the story, over more of the story: nothing is cut,
    /// though the paragraph under it opens with a "said:" quotation.
    @Test func aCountedHeadingOverTheStoryCutsNothing() {
        let inside = """
        <h3>2 comments</h3>
        <p>The mayor said: the council had read every letter it received, and two comments had changed her mind about the pier.</p>
        <p>One came from a ferry captain who described the winter crossings, the other from a school that sends its pupils across each week.</p>
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside))
        #expect(doc.paragraphs.count == HTMLFixtures.prose.count + 2)
        #expect(doc.paragraphs.last == HTMLFixtures.prose.last)
    }

    @Test func aCountedHeaderOverPlainParagraphsCutsNothing() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<h3>Comments (3)</h3>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    @Test func signaturesOpenTheirBlock() {
        #expect(CountedCommentThread.signatureEnd("Wren said... The pier was falling apart") == 12)
        #expect(CountedCommentThread.signatureEnd("At 3/14/2006 9:12 PM, Wren said... Glad to hear it") != nil)
        #expect(CountedCommentThread.signatureEnd("Lucía dijo… Qué bien") != nil)
        #expect(CountedCommentThread.signatureEnd("Wren wrote,") != nil)
        // A comma after a says word opens prose as often as a comment.
        #expect(CountedCommentThread.signatureEnd("He said, after the vote, that the pier would stay") == nil)
        #expect(CountedCommentThread.signatureEnd("The vote: nine to four, with two abstentions") == nil)
    }
}
