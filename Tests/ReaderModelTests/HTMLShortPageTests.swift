import Testing
@testable import ReaderModel

/// A page with no paragraph long enough to score still has text: all of it outside furniture.
@Suite struct HTMLShortPageTests {
    @Test func shortNoteKeepsItsLinesAndDropsTheMenu() {
        let html = """
        <html><head><title>Pier notes</title></head><body>
        <nav><a href='/'>Home</a> <a href='/notes'>Notes</a></nav>
        <div class='note'><h2>Tide table</h2><p>High water at six.</p><h2>Ferry</h2><p>Last boat at nine.</p></div>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == ["Tide table", "High water at six.", "Ferry", "Last boat at nine."])
        #expect(doc.removed.contains { $0.text.contains("Home") })
        #expect(doc.blocks.contains { $0.evidence?.contains("short page") == true })
    }
}
