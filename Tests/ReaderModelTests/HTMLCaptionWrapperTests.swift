import Testing
@testable import ReaderModel

/// A caption is a line or two: a caption element left unclosed around the article does not
/// turn the article into captions.
@Suite struct HTMLCaptionWrapperTests {
    @Test func unclosedCaptionWrapperKeepsTheArticleParagraphs() {
        let html = """
        <html><body><article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        <div class='caption-image'><p>The pier at low tide. (Photo: Harbour Board)</p>
        \(HTMLFixtures.paragraphs())
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.suffix(5) == ArraySlice(HTMLFixtures.prose))
    }

    @Test func shortCaptionStaysACaption() {
        // Between the paragraphs a caption is read in place (`InlineCaption`), still one line.
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<figure><img src='a.jpg'><figcaption>The pier at low tide, seen from the ferry.</figcaption></figure>"))
        #expect(doc.blocks.contains { $0.text == "The pier at low tide, seen from the ferry." && $0.evidence == InlineCaption.evidence })
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(2)) + ["The pier at low tide, seen from the ferry."] + Array(HTMLFixtures.prose.dropFirst(2)))
    }
}
