import Testing
@testable import ReaderModel

/// Text inside an `<object>` is an embedded player's fallback: removed inside the article, kept as
/// the post's opening when it is the video's caption right under the headline.
@Suite struct HTMLEmbeddedPlayerTests {
    private let body = """
    <div class='entry'><p>Keepers on the north rock counted more nests this spring than in any season they can remember, and they credit the quiet winter.</p>
    <p>The gulls came back in March, a fortnight early, and settled first on the ledges below the old lamp room where the wind is weakest.</p>
    <p>Visitors are asked to keep to the path along the cliff until the chicks have fledged, which the keepers expect by the end of July.</p>
    <p>A camera on the gallery rail now shows the ledges to anyone in the harbour office, and the school has asked to use it for lessons.</p></div>
    """

    private func page(between: String) -> String {
        """
        <!DOCTYPE html><html><head><title>Gulls return to the old lighthouse</title></head><body>
        <div class='post'><h1>Gulls return to the old lighthouse</h1>
        <div class='info'><a href='/people/ann'>Ann Keel</a></div>
        \(between)
        \(body)</div></body></html>
        """
    }

    @Test func fallbackTextInsideTheArticleIsRemoved() {
        let player = "<object data='/player.swf'><p>Install the newest player plugin to watch the clip of the gulls on the ledge.</p></object>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: player))
        #expect(!doc.paragraphs.contains { $0.contains("player plugin") })
        let block = doc.blocks.first { $0.text.contains("player plugin") }
        #expect(block?.evidence?.contains("embedded player") == true)
    }

    @Test func videoCaptionUnderTheHeadlineIsTheOpening() {
        let caption = "The keepers filmed the first pairs landing on the ledges at dawn, a fortnight before anyone on the island expected them."
        let player = "<object data='/player.swf'><div><p class='video-caption'>\(caption)</p></div></object>"
        let doc = HTMLFixtures.clean(page(between: player))
        #expect(doc.paragraphs.contains(caption))
    }

    @Test func photoCaptionUnderTheHeadlineIsNoOpening() {
        let caption = "A pair of gulls on the ledge below the lamp room, photographed by one of the keepers from the gallery rail in the early light."
        let photo = "<figure><img src='/gulls.jpg'><figcaption>\(caption)</figcaption></figure>"
        let doc = HTMLFixtures.clean(page(between: photo))
        #expect(!doc.paragraphs.contains(caption))
    }

    @Test func playersLinkedPosterDoesNotStopTheOpening() {
        let caption = "The keepers filmed the first pairs landing on the ledges at dawn, a fortnight before anyone on the island expected them."
        let player = """
        <object data='/player.swf'><div><a href='/clips/gulls.mp4'><img src='/gulls.jpg'><p>The clip plays on every phone and tablet.</p></a>
        <p class='video-caption'>\(caption)</p></div></object>
        """
        let doc = HTMLFixtures.clean(page(between: player))
        #expect(doc.paragraphs.contains(caption))
        #expect(!doc.paragraphs.contains { $0.contains("every phone") })
    }

    @Test func shortCaptionInAPlayerNamedBoxIsTheOpening() {
        let caption = "Keepers filmed the first pairs of gulls landing on the ledges below the lamp room at dawn."
        let player = "<object data='/player.swf'><div class='video-player'><p>\(caption)</p></div></object>"
        let doc = HTMLFixtures.clean(page(between: player))
        #expect(doc.paragraphs.contains(caption))
    }

    @Test func captionInsideASidebarIsNoOpening() {
        let caption = "Keepers filmed the first pairs of gulls landing on the ledges below the lamp room at dawn."
        let player = "<div class='sidebar'><div><div><div><object data='/player.swf'><p>\(caption)</p></object></div></div></div></div>"
        let doc = HTMLFixtures.clean(page(between: player))
        #expect(!doc.paragraphs.contains(caption))
    }
}
