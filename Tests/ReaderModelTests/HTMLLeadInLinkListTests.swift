import Testing
@testable import ReaderModel

/// A list of links that the article's prose introduces with a line ending in a colon, and after
/// which the article goes on, is part of the text; the same list under a heading, at the end of
/// the article, or after a page label ("Related posts:") is still a box of links.
@Suite struct HTMLLeadInLinkListTests {
    private let items = """
    <ul><li><a href='https://tides.example.org/report'>The harbour board's report on the tidal survey</a></li>
    <li><a href='https://archive.example.net/pier-1958'>Photographs of the pier when it opened in 1958</a></li></ul>
    """

    @Test func listAfterAColonLeadInBetweenParagraphsIsKept() {
        let inside = "<p>Readers who want the background can find it in two earlier documents:</p>\n\(items)"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside))
        #expect(doc.paragraphs.contains("The harbour board's report on the tidal survey"))
        #expect(doc.paragraphs.contains("Photographs of the pier when it opened in 1958"))
        let block = doc.blocks.first { $0.text == "Photographs of the pier when it opened in 1958" }
        #expect(block?.evidence?.contains("line ending in a colon") == true)
        // The prose after the list is still the article's.
        #expect(doc.paragraphs.contains(HTMLFixtures.prose[2]))
    }

    @Test func fullWidthColonIsALeadIn() {
        let inside = "<p>港の歴史については次の資料をご覧ください：</p>\n\(items)"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside))
        #expect(doc.paragraphs.contains("The harbour board's report on the tidal survey"))
    }

    @Test func listUnderAHeadingIsRemoved() {
        let inside = "<div class='box'><h3>More from the coast</h3>\(items)</div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside))
        #expect(!doc.paragraphs.contains("The harbour board's report on the tidal survey"))
    }

    @Test func listEndingTheArticleIsRemoved() {
        let article = """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        <p>More stories from the island desk:</p>
        \(items)
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(article)
        #expect(!doc.paragraphs.contains("The harbour board's report on the tidal survey"))
    }

    @Test func listAfterAPageLabelIsRemoved() {
        let inside = "<p>Related posts:</p>\n\(items)"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside))
        #expect(!doc.paragraphs.contains("Photographs of the pier when it opened in 1958"))
    }

    // A list laid out as short paragraphs: some names link, most do not.
    private let run = """
    <p>Boats will call at these harbours during the summer season:</p>
    <p>North Quay</p><p><a href='/harbours/gull-point'>Gull Point</a></p><p>Old Mill Landing</p>
    <p><a href='/harbours/saltmarsh'>Saltmarsh</a></p><p>Kestrel Cove and the lighthouse steps</p>
    """

    @Test func linkedLinesOfAParagraphRunAfterALeadInAreKept() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: run))
        #expect(doc.paragraphs.contains("Gull Point"))
        #expect(doc.paragraphs.contains("Saltmarsh"))
        let block = doc.blocks.first { $0.text == "Saltmarsh" }
        #expect(block?.evidence?.contains("a list laid out as paragraphs") == true)
    }

    @Test func paragraphRunAfterAFormLabelIsRemoved() {
        let labelled = run.replacingOccurrences(of: "Boats will call at these harbours during the summer season:", with: "Harbour:")
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: labelled))
        #expect(!doc.paragraphs.contains("Gull Point"))
    }

    @Test func paragraphRunMostlyLinkedIsRemoved() {
        let linked = """
        <p>Boats will call at these harbours during the summer season:</p>
        <p><a href='/h/1'>North Quay</a></p><p><a href='/h/2'>Gull Point</a></p><p><a href='/h/3'>Old Mill Landing</a></p>
        <p><a href='/h/4'>Saltmarsh</a></p><p>Kestrel Cove</p>
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: linked))
        #expect(!doc.paragraphs.contains("Gull Point"))
    }
}
