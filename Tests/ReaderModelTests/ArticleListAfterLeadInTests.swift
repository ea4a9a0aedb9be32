import Testing
@testable import ReaderModel

/// Invented pages: a post whose last paragraph leads into a list with a colon ends in that list;
/// the page furniture after it still goes.
@Suite struct ArticleListAfterLeadInTests: TextPageCleaning {
    static let intro = "The harbour choir meets every Thursday evening in the old net loft above the fish market, and this autumn it opens its doors to singers who have never read a note of music."
    static let leadIn = "At the open evening the conductor will walk newcomers through the first steps, and we will go over:"
    static let items = [
        "how a warm-up loosens the voice before a long rehearsal",
        "which part suits a voice that sits low or high",
        "where the loft keeps its spare folders and chairs",
    ]
    static let footer = ["Share", "Facebook", "Email", "Tags: choir, harbour", "Older posts"]

    @Test func aListClosingThePostUnderAColonLeadInIsKept() {
        let doc = clean(["Open evening at the net loft", "", Self.intro, "", Self.leadIn, ""] + Self.items + [""] + Self.footer)
        for item in Self.items { #expect(doc.paragraphs.contains(item)) }
        #expect(doc.blocks.first { $0.text == Self.items[0] }?.evidence?.contains(ArticleListReason.closesBody.evidence) == true)
        for line in Self.footer { #expect(!doc.paragraphs.contains(line)) }
    }

    @Test func shortLinesAfterAParagraphWithoutAColonStillGo() {
        let closing = String(Self.leadIn.dropLast()) + " the basics."
        let doc = clean(["Open evening at the net loft", "", Self.intro, "", closing, ""] + Self.items + [""] + Self.footer)
        #expect(doc.paragraphs.contains(closing))
        for item in Self.items { #expect(!doc.paragraphs.contains(item)) }
    }
}
