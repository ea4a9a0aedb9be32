import Testing
@testable import ReaderModel

/// A short article right below the page's `<h1>` beats one long boilerplate paragraph in another
/// branch of the page (a browser notice in the footer).
@Suite struct HTMLHeadlineAnchorTests {
    static let story = [
        "Walkers from three valleys gathered at the old quarry on Sunday morning.",
        "The Penrow rambling club has mapped a new path over the ridge to the lake.",
        "Its members hope the council will add signposts before the spring season.",
    ]
    static let notice = "This site works best in a recent browser, with scripts, fonts and style sheets enabled. "
        + "You can still read every page in an older browser, on a phone, a tablet or a laptop, but menus, maps, "
        + "galleries, videos, quizzes and forms may look different, load slowly, or not work at all; please update, "
        + "restart, or reconfigure your browser, or turn on scripts, to see the site, its layout, and its features."

    static func page(headline: String = "<h1>Walkers open a new ridge path</h1>") -> String {
        let list = (1...6).map { "<li><a href='/v/\($0)'>Play clip number \($0) of the week</a></li>" }.joined()
        return """
        <html><head><title>Walkers open a new ridge path</title></head><body>
        <nav><ul>\(list)</ul></nav>
        <div id='main'><div class='block-a'>\(headline)<div class='player'></div>
        <p>\(story[0])</p><p>\(story[1])</p><p>\(story[2])</p></div>
        <div class='most-watched'><h2>Most watched</h2><ul>\(list)</ul></div></div>
        <div id='site-foot'><div class='notice'><p>\(notice)</p></div></div>
        </body></html>
        """
    }

    @Test func shortArticleBelowTheHeadlineBeatsALongNoticeElsewhere() {
        let doc = HTMLFixtures.clean(Self.page())
        #expect(doc.paragraphs == Self.story)
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("<h1>") })
    }

    @Test func withoutAHeadlineTheScoresDecide() {
        // No `<h1>`: nothing anchors the article, so the headline rule gives no evidence.
        let doc = HTMLFixtures.clean(Self.page(headline: "<h2>Walkers open a new ridge path</h2>"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("<h1>") && $0.role == .body })
    }
}

/// A page with several `<h1>` (a logo, a box title): the one that is the stated title anchors the article.
@Suite struct HTMLTitledHeadlineTests {
    @Test func theH1MatchingTheTitleAnchorsTheArticle() {
        let page = HTMLHeadlineAnchorTests.page().replacingOccurrences(of: "<h2>Most watched</h2>", with: "<h1>Most watched</h1>")
            .replacingOccurrences(of: "<nav>", with: "<h1 class='logo'>Valley News</h1><nav>")
        let doc = HTMLFixtures.clean(page)
        #expect(doc.paragraphs == HTMLHeadlineAnchorTests.story)
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("<h1>") })
    }

    @Test func severalH1sNoneMatchingTheTitleAnchorNothing() {
        let doc = HTMLDocument.parse("<html><head><title>Quarry walk</title></head><body><h1>Valley News</h1><h1>Most watched</h1></body></html>")
        #expect(TitledHeadline.find(in: doc) == nil)
    }
}
