import Testing
@testable import ReaderModel

/// A slideshow or carousel embedded in an article's marked body is beside the story: its slides go,
/// however long their captions, unless the slides are the post itself.
@Suite struct HTMLEmbeddedGalleryTests {
    /// Captions long enough to lift a weak "promo" mark on the wrapper as prose would.
    static let captions = (1...6).map { n in
        "Slide \(n) shows the harbour wall at low tide, with the lobster pots stacked along the slipway, the fishing boats resting on the mud and the old customs house behind them in the rain."
    }

    static var slides: String {
        captions.map { "<li class='slide'><h3>Harbour view \($0.prefix(7))</h3><p>\($0)</p></li>" }.joined()
    }

    @Test func aCarouselInsideTheMarkedBodyIsRemoved() {
        let html = """
            <html><body><h1>Marrow Bay votes to rebuild the ferry pier</h1>
            <div itemprop='articleBody'>\(HTMLFixtures.paragraphs())
            <div class='promo-holder'><div class='story-carousel'><ul>\(Self.slides)</ul></div></div></div></body></html>
            """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        let removed = doc.blocks.filter { $0.reason == .gallery }
        #expect(removed.count >= Self.captions.count)
        #expect(removed.allSatisfy { $0.evidence?.contains("story-carousel") == true })
    }

    @Test func aGalleryPostKeepsItsSlides() {
        let html = """
            <html><body><article><h1>The harbour at low tide, in six pictures</h1>
            <div class='gallery'><ul>\(Self.slides)</ul></div></article></body></html>
            """
        let doc = HTMLFixtures.clean(html)
        for caption in Self.captions { #expect(doc.paragraphs.contains(caption)) }
        #expect(!doc.blocks.contains { $0.reason == .gallery })
    }
}
