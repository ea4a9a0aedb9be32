import Testing
@testable import ReaderModel

/// Invented pages: a writer's call for comments in the middle of a post is no comments header; the
/// post's paragraphs under it stay the article, the readers' comments under the real header do not.
@Suite struct CommentInvitationLineTests: TextPageCleaning {
    static let opening = "This time it is a longer write-up of the trial we ran on the lower beds, which I thought some of you who grow in clay might enjoy."
    static let brief = "In brief: we sowed four varieties of broad bean in late October on three plots with different mulches, and counted how many plants came through the frost. The straw mulch did best by a clear margin, and the bare plot did worst."
    static let details = "The details: each plot was two metres by one, dug over in September and left to settle. We sowed in double rows, twenty seeds to a row, and covered one plot with straw, one with leaf mould and left the third bare. By the end of February the straw plot had thirty-four plants standing, the leaf mould plot twenty-six and the bare plot only fifteen."
    static let comment = "Did you water them at all over the winter, or leave them to the rain?"

    static func page(call: String, header: String?) -> [String] {
        var lines = ["Notes on the Allotment", "", "Home | About | Archive", "", "A second look at winter beans", "",
                     "Not the beans you are thinking of.", "", opening, "", call, "", brief, "", "(Fuller notes below.)", "", details, "",
                     "Posted by Mara Quill on Sunday, March 3, 2024 at 06:18 PM in Vegetables | Permalink", ""]
        if let header { lines += [header, ""] }
        lines += ["Very useful, thank you!", "", "Posted by: Tom Reed | Sunday, March 3, 2024 at 09:48 PM", "", comment, "",
                  "Posted by: Ines Lowe | Monday, March 4, 2024 at 11:25 AM"]
        return lines
    }

    @Test func aCallForCommentsInsideThePostKeepsTheParagraphsAroundIt() {
        let call = "Questions and comments welcome!"
        let doc = clean(Self.page(call: call, header: "Comments"))
        #expect(doc.paragraphs.contains(Self.opening))
        #expect(doc.paragraphs.contains(Self.brief))
        #expect(doc.paragraphs.contains(Self.details))
        #expect(!doc.paragraphs.contains(call))
        #expect(!doc.paragraphs.contains(Self.comment))
        #expect(doc.evidence(of: call).contains(CommentInvitationLine.evidence))
    }

    @Test func withoutAHeaderBelowTheCallStaysTheCommentsHeader() {
        let call = "Questions and comments welcome!"
        let doc = clean(Self.page(call: call, header: nil))
        #expect(!doc.evidence(of: call).contains(CommentInvitationLine.evidence))
    }

    @Test func aLabelWithoutExclamationIsStillTheHeader() {
        let doc = clean(Self.page(call: "Reader comments", header: "Comments"))
        #expect(!doc.evidence(of: "Reader comments").contains(CommentInvitationLine.evidence))
    }
}
