import Testing
@testable import ReaderModel

/// A few short lines under a horizontal rule that closes the article's prose are the page's
/// footer; a section of prose under a rule, or a rule with more than a few lines under it, stays.
@Suite struct HTMLRuleClosedFooterTests {
    private func page(tail: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <table><tr><td>
        <h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        \(tail)
        </td></tr></table>
        </body></html>
        """
    }

    @Test func shortLinesUnderTheClosingRuleGo() {
        let doc = HTMLFixtures.clean(page(tail: "<hr><p>Return to <a href='#top'>the top</a></p><p>Back to <a href='/harbour.html'>harbour notices</a></p><p><i>Page revised 4 May 2031</i></p>"))
        #expect(doc.paragraphs.contains(HTMLFixtures.prose[4]))
        #expect(!doc.paragraphs.contains("Back to harbour notices"))
        #expect(!doc.paragraphs.contains("Page revised 4 May 2031"))
        #expect(doc.blocks.contains { $0.text == "Page revised 4 May 2031" && $0.evidence == RuleClosedFooter.evidence })
    }

    @Test func proseUnderTheRuleStays() {
        let note = "Correction: an earlier version of this report gave the wrong year for the first pier, which was built in 1952."
        let doc = HTMLFixtures.clean(page(tail: "<hr><p>\(note)</p>"))
        #expect(doc.paragraphs.contains(note))
    }

    @Test func aLongTailUnderTheRuleStays() {
        let steps = ["Drive the new piles", "Lay the deck", "Fit the rails", "Paint the bollards"]
        let doc = HTMLFixtures.clean(page(tail: "<hr>" + steps.map { "<p>\($0)</p>" }.joined()))
        for step in steps { #expect(doc.paragraphs.contains(step)) }
    }

    @Test func shortLinesWithoutARuleStay() {
        let doc = HTMLFixtures.clean(page(tail: "<p>The council meets again in June.</p>"))
        #expect(doc.paragraphs.contains("The council meets again in June."))
    }

    @Test func shapes() {
        var nodes = [HTMLNode(tag: "td", parent: -1)]
        for tag in ["p", "p", "p", "hr", "p"] {
            nodes.append(HTMLNode(tag: tag, parent: 0))
            if nodes.count > 2 { nodes[nodes.count - 2].nextSibling = nodes.count - 1 }
        }
        let story = [(node: 1, length: 400), (node: 2, length: 300), (node: 3, length: 200)]
        #expect(RuleClosedFooter.start(story + [(node: 5, length: 30)], nodes: nodes) == 3)
        #expect(RuleClosedFooter.start(story + [(node: 5, length: 300)], nodes: nodes) == nil)
        #expect(RuleClosedFooter.start([(node: 1, length: 100), (node: 2, length: 100), (node: 3, length: 100), (node: 5, length: 30)], nodes: nodes) == nil)
    }
}
