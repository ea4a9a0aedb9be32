import Testing
@testable import ReaderModel

/// A `<br>`-set list of links in a table-laid article's cell whose only unlinked text after its
/// label is each item's date, rank or bullet is the section's other stories, though its dates keep
/// it under the link-density bar; a paragraph whose unlinked text has words stays the article's.
/// Also the layout's footer row, which reads like a sentence, is no sign-off of the article.
@Suite struct HTMLDatedLinkListTests {
    static let headline = "Harbour ferry returns after the winter refit"

    /// A 2001-style page: a menu cell and the article's cell, with `tail` after the article's
    /// paragraphs inside the same cell, and a footer row below.
    static func tablePage(tail: String, footer: String = "Copyright 2001 The Coastline Courier. All rights reserved.") -> String {
        """
        <html><head><meta charset="utf-8"><title>The Coastline Courier :: Local :: \(headline)</title></head><body>
        <table width="760"><tr><td width="150" valign="top"><b>Sections</b><br>
        <a href="/1/">Local</a><br><a href="/2/">Business</a><br><a href="/3/">Sport</a></td>
        <td width="610" valign="top"><font size="4"><b>\(headline)</b></font><br>
        \(HTMLFixtures.paragraphs())
        \(tail)
        </td></tr>
        <tr><td colspan="2" align="center"><font size="1">\(footer)</font></td></tr>
        </table></body></html>
        """
    }

    static let otherStories = """
        <hr><font size="2"><b>More from this section:</b><br>
        <a href="/n/1.html">Lighthouse keepers' cottage opens as a small museum</a> (12.03.2001)<br>
        <a href="/n/2.html">School choir raises money for new harbour benches</a> (11.03.2001)<br>
        <a href="/n/3.html">Fishing cooperative elects its first woman chair</a> (09.03.2001)<br>
        </font>
        """

    @Test func datedListOfOtherStoriesIsRemoved() {
        let doc = HTMLFixtures.clean(Self.tablePage(tail: Self.otherStories))
        #expect(doc.paragraphs == HTMLFixtures.prose, "\(doc.paragraphs.map { String($0.prefix(30)) })")
        let block = doc.blocks.first { $0.text.hasPrefix("More from this section:") }
        #expect(block?.role == .removed)
        #expect(block?.reason == .related)
        #expect(block?.evidence == DatedLinkList.evidence)
    }

    /// Ranked and dated: each item's figures are its own, below the bar a list of bare links meets.
    @Test func rankedListIsRemoved() {
        let ranking = """
            <hr><b>Most read</b><br>
            1. <a href="/k/1.html">Storm shuts coast road</a> (14.03.2001)<br>
            2. <a href="/k/2.html">New island bus times</a> (13.03.2001)<br>
            3. <a href="/k/3.html">Stage for market square</a> (10.03.2001)<br>
            """
        let doc = HTMLFixtures.clean(Self.tablePage(tail: ranking))
        #expect(doc.paragraphs == HTMLFixtures.prose, "\(doc.paragraphs.map { String($0.prefix(30)) })")
        #expect(doc.blocks.first { $0.text.hasPrefix("Most read") }?.evidence == DatedLinkList.evidence)
    }

    /// Words outside the links make it the article's paragraph, however much of it links.
    @Test func linkedParagraphWithWordsStays() {
        let sentence = """
            <p><a href="/r/1.html">The harbour master's report</a> and <a href="/r/2.html">the insurers' survey of the hull</a> both came out on 12.03.2001.</p>
            """
        let doc = HTMLFixtures.clean(Self.tablePage(tail: sentence))
        #expect(doc.paragraphs.contains("The harbour master's report and the insurers' survey of the hull both came out on 12.03.2001."))
    }

    /// The layout's footer row, a sentence a noise phrase flags, stays out after the article's last paragraph.
    @Test func footerRowIsNoSignOff() {
        let footer = "No part of this newspaper may be reproduced without our written consent. Copyright 2001 The Coastline Courier. All rights reserved."
        let doc = HTMLFixtures.clean(Self.tablePage(tail: Self.otherStories, footer: footer))
        #expect(!doc.paragraphs.contains(footer))
        #expect(doc.paragraphs.last == HTMLFixtures.prose.last)
    }
}
