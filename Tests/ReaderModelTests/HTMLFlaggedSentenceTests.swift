import Testing
@testable import ReaderModel

/// A sentence a noise phrase flags is the author's aside when it sits right between two paragraphs
/// of the article, and its sign-off when it comes right after the last paragraph; a partly linked
/// sentence right after the last paragraph is the article's closing line. Notices, labels and runs
/// of links stay out.
@Suite struct HTMLFlaggedSentenceTests {
    private static let aside = "Read more about the history of the old pier in the harbour archive."

    private static func article(ending extra: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        \(extra)
        </article>
        <footer><p>Marrow Bay Gazette, all rights reserved</p></footer>
        </body></html>
        """
    }

    @Test func flaggedSentenceBetweenParagraphsIsKept() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<p>\(Self.aside)</p>"))
        let i = doc.paragraphs.firstIndex(of: Self.aside)
        #expect(i != nil)
        #expect(i.map { doc.paragraphs[$0 + 1].hasPrefix("Residents who spoke") } == true)
        #expect(doc.blocks.first { $0.text == Self.aside }?.evidence == FlaggedSentenceBetweenParagraphs.evidence)
        #expect(!doc.removed.contains { $0.text == Self.aside })
    }

    @Test func flaggedSentenceClosingTheArticleIsKept() {
        let doc = HTMLFixtures.clean(Self.article(ending: "<p>\(Self.aside)</p>"))
        #expect(doc.paragraphs.last == Self.aside)
        #expect(doc.paragraphs.count == HTMLFixtures.prose.count + 1)
        #expect(doc.blocks.first { $0.text == Self.aside }?.evidence == ClosingFlaggedSentence.evidence)
        #expect(!doc.removed.contains { $0.text == Self.aside })
    }

    @Test func flaggedSentenceClosingTheArticleBeforeFurnitureIsKept() {
        let closer = "Watch the mayor's full statement on the pier in the video below."
        #expect(BlockNoisePhrases.reason(for: closer) != nil)
        let doc = HTMLFixtures.clean(Self.article(ending: "<p>\(closer)</p><div class='share-tools'><a href='/s'>Share</a></div>"))
        #expect(doc.paragraphs.last == closer)
    }

    @Test func flaggedSentenceClosingAFrenchArticleIsKept() {
        let closer = "Voir aussi la vidéo du débat au conseil municipal sur la jetée."
        #expect(BlockNoisePhrases.reason(for: closer) != nil)
        let doc = HTMLFixtures.clean(Self.article(ending: "<p>\(closer)</p>"))
        #expect(doc.paragraphs.last == closer)
    }

    @Test func noticeClosingTheArticleStaysOut() {
        let notice = "Sign up for our newsletter to get every council decision in your inbox."
        let doc = HTMLFixtures.clean(Self.article(ending: "<p>\(notice)</p>"))
        #expect(!doc.paragraphs.contains(notice))
        #expect(doc.paragraphs.count == HTMLFixtures.prose.count)
    }

    @Test func flaggedLabelClosingTheArticleStaysOut() {
        let doc = HTMLFixtures.clean(Self.article(ending: "<p>Read more stories about the pier</p>"))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Read more") })
    }

    @Test func flaggedSentenceWithTheArticleGoingOnLaterStaysOut() {
        // Not right between two paragraphs (a label sits between), and not the article's last words.
        let extra = "<p>\(Self.aside)</p><p>Share this story!</p><p>The ferry company said it would print a winter timetable for the island routes next month.</p>"
        let doc = HTMLFixtures.clean(Self.article(ending: extra))
        #expect(!doc.paragraphs.contains(Self.aside))
    }

    @Test func noticeBetweenParagraphsStaysOut() {
        let notice = "Sign up for our newsletter to get every council decision in your inbox."
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<p>\(notice)</p>"))
        #expect(!doc.paragraphs.contains(notice))
        #expect(!FlaggedSentenceBetweenParagraphs.mayBeAside(notice, reason: .newsletter))
    }

    @Test func shortFlaggedLineBetweenParagraphsStaysOut() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<p>Share this story!</p>"))
        #expect(!doc.paragraphs.contains("Share this story!"))
    }

    @Test func partlyLinkedSentenceClosingTheArticleIsKept() {
        let closing = "For the whole contract, see <a href='/tender'>the council's published tender papers</a>."
        let doc = HTMLFixtures.clean(Self.article(ending: "<p>\(closing)</p>"))
        let text = "For the whole contract, see the council's published tender papers."
        #expect(doc.paragraphs.last == text)
        #expect(doc.blocks.first { $0.text == text }?.evidence?.contains("closing line") == true)
        #expect(!doc.removed.contains { $0.text == text })
    }

    @Test func linkedSentencesClosingTheArticleAsAListStayOut() {
        let list = """
            <p>Earlier: <a href='/a'>the council delays the vote on the pier</a>.</p>
            <p>Earlier: <a href='/b'>a winter storm damages the ferry ramp</a>.</p>
            """
        let doc = HTMLFixtures.clean(Self.article(ending: list))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Earlier") })
    }

    @Test func linkedLabelClosingTheArticleStaysOut() {
        let label = "Follow us on <a href='/t'>Twitter and Facebook</a>."
        let doc = HTMLFixtures.clean(Self.article(ending: "<p>\(label)</p>"))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Follow") })
    }

    @Test func closingLineShape() {
        #expect(ClosingLinkedSentence.mayClose("码头的全部合同请见议会公布的招标文件。", isHeading: false))
        #expect(!ClosingLinkedSentence.mayClose("The council's published tender papers.", isHeading: true))
        #expect(!ClosingLinkedSentence.mayClose("The council's published tender papers", isHeading: false))
    }
}
