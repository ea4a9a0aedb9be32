import Testing
@testable import ReaderModel

/// A paragraph beside the article element whose prose carries many inline links (cross-references,
/// citations) joins the article; a linked teaser beside it does not.
@Suite struct HTMLCitedParagraphTests {
    /// About a third of its text linked, two sentences closed by reference marks.
    static let cited = """
        The pier was first built by the <a href="/wiki/Harbour_Board">Harbour Board</a> in 1871 with \
        <a href="/wiki/Greenheart">greenheart timber</a> shipped from the <a href="/wiki/Southern_Colonies">southern colonies</a>, \
        and it carried the island's mail for nearly a century.[4] A storm in the winter of 1953 \
        <a href="/wiki/Great_Gale">tore away its seaward end</a>, and the \
        <a href="/wiki/Ferry_Company">ferry company</a> paid for the concrete head that still stands today.[5]
        """
    static let citedText = "The pier was first built by the Harbour Board in 1871 with greenheart timber shipped from the southern colonies, and it carried the island's mail for nearly a century.[4] A storm in the winter of 1953 tore away its seaward end, and the ferry company paid for the concrete head that still stands today.[5]"

    static func page(beside: String) -> String {
        """
        <html><head><title>Marrow Bay pier</title></head><body>
        <div class='wrap'>
        <div>\(HTMLFixtures.paragraphs())</div>
        \(beside)
        </div>
        </body></html>
        """
    }

    @Test func proseWithInlineLinksBesideTheArticleIsKept() {
        let doc = HTMLFixtures.clean(Self.page(beside: "<p>\(Self.cited)</p>"))
        #expect(doc.paragraphs == HTMLFixtures.prose + [Self.citedText])
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("prose with inline links") })
    }

    /// The cited paragraph's node range ends with its own subtree, not at the next sibling.
    @Test func theParagraphAfterACitedOneKeepsItsOwnEvidence() {
        let plain = "The new timetable adds a late sailing on Fridays through the summer months."
        let doc = HTMLFixtures.clean(Self.page(beside: "<p>\(Self.cited)</p><p>\(plain)</p>"))
        #expect(doc.paragraphs == HTMLFixtures.prose + [Self.citedText, plain])
        let evidence = doc.evidence(of: plain)
        #expect(!evidence.contains("prose with inline links"))
    }

    @Test func aLinkedTeaserBesideTheArticleStaysOut() {
        let teaser = """
            <p><a href="/news/ferry-timetable">Winter ferry timetable for the island routes, with every sailing listed</a> \
            and the fares for cars and foot passengers</p>
            """
        let doc = HTMLFixtures.clean(Self.page(beside: teaser))
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    @Test func sentenceEndsCountReferenceMarksAndUnspacedScripts() {
        #expect(CitedParagraph.sentenceEnds(in: "One fact.[12] Another fact.", atLeast: 2))
        #expect(CitedParagraph.sentenceEnds(in: "港口于1871年建成。码头在1953年被风暴损坏。", atLeast: 2))
        #expect(!CitedParagraph.sentenceEnds(in: "Prices rose 3.2 percent in the harbour towns", atLeast: 2))
    }
}
