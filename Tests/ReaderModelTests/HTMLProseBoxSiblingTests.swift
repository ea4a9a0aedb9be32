import Testing
@testable import ReaderModel

/// An introduction a template keeps as bare text in its own box before the article's body (a
/// contents box between) is read as the article's opening; a short notice box, a linked blurb or
/// a box after the body is not taken by this rule.
@Suite struct HTMLProseBoxSiblingTests {
    static let intro = "Harbour towns along the north coast have argued for a decade about how to keep their ferries running in winter. This guide collects what the councils decided, what the engineers advised, and what residents asked for."

    static func page(box: String, after: String = "") -> String {
        let body = (0..<12).map { "<p>\(HTMLFixtures.prose[$0 % 4]) \(HTMLFixtures.prose[$0 % 4 + 1])</p>" }.joined()
        return """
        <html><body><div id='wrap'>
        <div id='crumbs'><a href='/'>Home</a> &gt; <a href='/guides'>Guides</a></div>
        \(box)
        <div id='toc'><ul><li><a href='#a'>The pier</a></li><li><a href='#b'>The road</a></li></ul></div>
        <div id='mainbody'>\(body)</div>
        \(after)
        </div></body></html>
        """
    }

    @Test func introBoxBeforeTheBodyIsRead() {
        let doc = HTMLFixtures.clean(Self.page(box: "<div id='opening'>\(Self.intro)</div>"))
        #expect(doc.paragraphs.first == Self.intro)
        #expect(doc.blocks.contains { $0.text == Self.intro && ($0.evidence ?? "").contains(ProseBoxSibling.evidence) })
    }

    @Test func shortNoticeBoxIsNotRead() {
        let notice = "Updated in spring. All rights kept."
        let doc = HTMLFixtures.clean(Self.page(box: "<div id='opening'>\(notice)</div>"))
        #expect(!doc.paragraphs.contains(notice))
    }

    @Test func boxWithBlockChildrenIsNotOneParagraph() {
        let box = "<div id='opening'>\(Self.intro)<ul><li><a href='/a'>Pier</a></li><li><a href='/b'>Road</a></li></ul></div>"
        let doc = HTMLFixtures.clean(Self.page(box: box))
        #expect(!doc.paragraphs.contains(Self.intro))
    }

    @Test func proseBoxAfterTheBodyIsNotTakenByThisRule() {
        // Other rules may still join it by its score; this one reads only what opens the article.
        let doc = HTMLFixtures.clean(Self.page(box: "", after: "<div id='closing'>\(Self.intro)</div>"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ProseBoxSibling.evidence) })
    }
}
