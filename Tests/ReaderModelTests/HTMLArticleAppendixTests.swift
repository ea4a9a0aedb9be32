import Testing
@testable import ReaderModel

/// A page exported from a word processor ends its text, then sets the table the text refers to
/// and its footnotes in boxes of their own after the article's container: both are kept, in
/// order; a box of other text after the article still ends the article.
@Suite struct HTMLArticleAppendixTests {
    static let prose = HTMLFixtures.prose

    static let table = "<table><tbody><tr><td><p>&nbsp;</p><p>Ward</p></td><td><p>Councillor</p></td><td><p>Vote</p></td></tr>"
        + "<tr><td><p>Eastfold</p></td><td><p>Ada Quill</p></td><td><p>For</p></td></tr>"
        + "<tr><td><p>Kettle Hill</p></td><td><p>Ben Rook</p></td><td><p>Against</p></td></tr></tbody></table>"

    static let note = "[1] The figures come from the council's own budget papers, published in March and revised twice since then."

    /// The article's container (a headline, paragraphs, a box of more) in a page wrapper, then `after`.
    static func page(after: String) -> String {
        let paragraphs = prose.prefix(3).map { "<p>\($0)</p>" }.joined()
        return """
            <html><body><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
            <div class="page"><div><h1>Marrow Bay votes to rebuild the ferry pier</h1>
            \(paragraphs)
            <div><p>\(prose[3])</p><p>\(prose[4])</p></div>
            </div><br clear="all"/>
            \(after)
            </div>
            <div class="footer">About us</div></body></html>
            """
    }

    static func clean(_ html: String) -> Document { HTMLFixtures.clean(html) }

    @Test func tableAndNotesAfterTheArticleAreKept() {
        let after = "<div><p>How the wards voted:</p>\(Self.table)</div><br clear='all'/><p>&nbsp;</p>"
            + "<div><hr/><div id='note1'><p><a href='#r1'>[1]</a>\(Self.note.dropFirst(3))</p></div></div>"
        let doc = Self.clean(Self.page(after: after))
        #expect(doc.paragraphs.suffix(5) == ["How the wards voted:", "Ward\tCouncillor\tVote", "Eastfold\tAda Quill\tFor",
                                             "Kettle Hill\tBen Rook\tAgainst", Self.note])
        let noteBlock = doc.blocks.first { $0.text == Self.note }
        #expect(noteBlock?.evidence?.contains(ArticleAppendix.evidence) == true)
    }

    /// A cell whose header words sit under an empty spacer paragraph still makes a data table.
    @Test func spacerParagraphInACellLeavesADataTable() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.table))
        #expect(doc.paragraphs.contains("Ward\tCouncillor\tVote"))
    }

    /// A box of teaser links after the article is no appendix, and nothing after it joins.
    @Test func linkedBoxEndsTheAppendix() {
        let after = "<div><a href='/a'>Harbour dredging starts next week</a> <a href='/b'>Council elections set for May</a></div>"
            + "<div><p>\(Self.note)</p></div>"
        let doc = Self.clean(Self.page(after: after))
        #expect(!doc.paragraphs.contains(Self.note))
    }

    /// A paragraph that is no note beside the notes makes the box something else than an appendix.
    @Test func notesBoxHoldsOnlyNotes() {
        let other = "Readers can send their own questions about the pier to the council's planning office by letter or at the counter."
        let after = "<div><p>\(Self.note)</p><p>\(other)</p></div>"
        let doc = Self.clean(Self.page(after: after))
        #expect(!doc.blocks.contains { $0.evidence?.contains(ArticleAppendix.evidence) == true })
    }

    @Test(arguments: [("[1] Source", true), ("[12]Note", true), ("[a] Note", false), ("1. First", false), ("[1234] x", false), ("[]", false),
                      ("(2) Figures from the survey", true), ("(a) Note", false), ("(1990) x", false), ("[3) x", false),
                      ("¹ Source", true), ("¹² Note", true), ("¹Note", false), ("² ", true), ("x¹ Note", false)])
    func noteMarker(text: String, opens: Bool) {
        #expect(ArticleAppendix.opensWithNoteMarker(text) == opens)
    }
}
