import Testing
@testable import ReaderModel

/// A date or byline written as a classed `span` on its own between two block elements is a
/// metadata line, like the same words on a `p`; a classed `span` inside a sentence is prose.
@Suite struct HTMLInlineMetadataLineTests {
    @Test func dateSpanAloneInTheArticleIsNotBody() {
        let stamp = "<span class='story-date'><span class='date'>4 March 2031</span> <span class='label'>Revised at</span> <span class='time'>09:40</span></span>"
        let html = HTMLFixtures.page(inside: "<div class='story-body'>\(stamp)<div class='tools'></div></div>")
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.blocks.contains { $0.text.contains("Revised at") && $0.role == .dateline })
    }

    @Test func bylineSpanAloneInTheArticleIsNotBody() {
        let html = HTMLFixtures.page(inside: "<div><span class='byline'>Reporting by Ada Mersey and Tom Quill</span><p>Filed from the harbour office.</p></div>")
        let doc = HTMLFixtures.clean(html)
        #expect(!doc.paragraphs.contains("Reporting by Ada Mersey and Tom Quill"))
        #expect(doc.paragraphs.contains("Filed from the harbour office."))
    }

    @Test func classedSpanInsideASentenceStaysProse() {
        let line = "<p>The vote was held on <span class='date'>Tuesday</span> after a long debate about the harbour.</p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: line))
        #expect(doc.paragraphs.contains("The vote was held on Tuesday after a long debate about the harbour."))
    }
}

extension HTMLInlineMetadataLineTests {
    @Test func sentenceInABylineSpanStaysProse() {
        let line = "<span class='byline-author'>The harbour office will publish the new timetable before the end of the month.</span>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<div>\(line)<div class='tools'></div></div>"))
        #expect(doc.paragraphs.contains("The harbour office will publish the new timetable before the end of the month."))
    }
}
