import Testing
@testable import ReaderModel

/// A caption whose figure holds an embedded player (an iframe, video, audio, embed or object)
/// describes a clip the saved page does not show: it stays with the captions instead of being read
/// in place as a photo's caption is. A photo figure beside a player is still read in place.
@Suite struct HTMLPlayerCaptionTests {
    static let caption = "The harbour master explains why the ferry pier must close for a year."

    static func playerFigure(_ player: String, _ text: String = caption) -> String {
        "<figure class='media'><div class='frame'><div class='ratio'>\(player)</div></div><figcaption>\(text)</figcaption></figure>"
    }

    @Test(arguments: [
        "<iframe src='https://player.example/clip/42'></iframe>",
        "<video src='clip.mp4' controls></video>",
        "<audio src='clip.mp3' controls></audio>",
        "<embed src='clip.swf'>",
        "<object data='clip.swf'><param name='movie' value='clip.swf'></object>",
    ])
    func captionOfAPlayerStaysACaption(player: String) {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.playerFigure(player)))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.captions == [Self.caption])
        #expect(doc.blocks.contains { $0.text == Self.caption && $0.role == .caption && $0.evidence == PlayerCaption.evidence })
    }

    @Test func playerComponentWithACaptionParagraphBesideIt() {
        // An older player component: the object and a `p class=caption` side by side in a wrapper.
        let component = """
        <div class='clip-box'><div class='clip'><object data='clip.swf'><param name='movie' value='clip.swf'></object></div>
        <p class='caption'>\(Self.caption)</p></div>
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: component))
        #expect(!doc.paragraphs.contains(Self.caption))
        #expect(doc.captions == [Self.caption])
    }

    @Test func photoCaptionBesideAPlayerIsReadInPlace() {
        let photo = "Divers inspect the rotted piles under the old pier before the vote."
        let figures = Self.playerFigure("<iframe src='https://player.example/clip/42'></iframe>")
            + "<p>\(HTMLFixtures.prose[0])</p><figure><img src='pier.jpg'><figcaption>\(photo)</figcaption></figure>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: figures))
        #expect(doc.paragraphs.contains(photo))
        #expect(doc.captions == [Self.caption])
    }

    @Test func playerElsewhereInTheArticleSaysNothingAboutACaption() {
        // The article's container holds a video far from the figure: only the figure's own wrappers count.
        let inside = "<iframe src='https://player.example/clip/42'></iframe><figure><img src='pier.jpg'><figcaption>\(Self.caption)</figcaption></figure>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside))
        #expect(doc.paragraphs.contains(Self.caption))
        #expect(doc.captions.isEmpty)
    }
}
