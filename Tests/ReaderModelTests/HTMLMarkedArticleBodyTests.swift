import Testing
@testable import ReaderModel

/// The page's `itemprop=articleBody` is the story even when a slide gallery, in another branch of
/// the page or embedded in the story, scores more paragraphs than it.
@Suite struct HTMLMarkedArticleBodyTests {
    /// Fifteen slide captions, each long and full of commas so the gallery outscores the story.
    static let slides = (1...15).map { n in
        "<li><h2>\(n)/15 Slide number \(n)</h2><p>A view of the quay, the boats, the nets, the gulls, the market, the church, the hill, the lighthouse and the weather vane, seen from yet another corner of the island, number \(n).</p></li>"
    }.joined()

    @Test func markedBodyBeatsAGalleryElsewhere() {
        let html = """
            <html><body><h1>Marrow Bay votes to rebuild the ferry pier</h1>
            <div class='story'><div itemprop='articleBody'>\(HTMLFixtures.paragraphs())</div></div>
            <div class='gallery-box'><ul class='legends'>\(Self.slides)</ul></div></body></html>
            """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.blocks.contains { $0.evidence?.contains("itemprop=articleBody") == true })
    }

    @Test func markedBodyAroundAnEmbeddedGalleryIsTheArticle() {
        let html = """
            <html><body><h1>Marrow Bay votes to rebuild the ferry pier</h1>
            <div itemprop='articleBody'>\(HTMLFixtures.paragraphs())
            <div class='gallery-box'><ul class='legends'>\(Self.slides)</ul></div></div></body></html>
            """
        let doc = HTMLFixtures.clean(html)
        for paragraph in HTMLFixtures.prose { #expect(doc.paragraphs.contains(paragraph)) }
    }

    @Test func aShortMarkedTeaserDoesNotOverruleTheArticle() {
        let html = """
            <html><body><div itemprop='articleBody'><p>A short teaser line about the pier.</p></div>
            <article><h1>Marrow Bay votes to rebuild the ferry pier</h1>\(HTMLFixtures.paragraphs())</article></body></html>
            """
        let doc = HTMLFixtures.clean(html)
        #expect(Array(doc.paragraphs.suffix(5)) == HTMLFixtures.prose)
        #expect(!doc.blocks.contains { $0.evidence?.contains("itemprop=articleBody") == true })
    }
}
