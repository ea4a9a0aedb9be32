import Testing
@testable import ReaderModel

/// A photo caption inside the article before its last paragraph is read in place, as part of
/// the article; a caption after the last paragraph, one outside the article and a gallery of
/// captions in a row stay captions.
@Suite struct HTMLInlineCaptionTests {
    static let caption = "Divers inspect the rotted piles under the old pier before the vote."

    static func figure(_ text: String) -> String {
        "<figure><img src='pier.jpg'><figcaption>\(text)</figcaption></figure>"
    }

    @Test func captionBetweenParagraphsIsReadInPlace() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.figure(Self.caption)))
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(2)) + [Self.caption] + Array(HTMLFixtures.prose.dropFirst(2)))
        #expect(doc.captions.isEmpty)
        #expect(doc.blocks.contains { $0.text == Self.caption && $0.role == .body && $0.evidence == InlineCaption.evidence })
    }

    @Test func leadPictureCaptionOpensTheText() {
        let html = """
        <html><body><article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(Self.figure(Self.caption))
        \(HTMLFixtures.paragraphs())
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == [Self.caption] + HTMLFixtures.prose)
    }

    @Test func captionWithItsCreditIsReadInPlaceWhole() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.figure("Divers inspect the rotted piles. <span class='credit'>Photo: Jane Roe</span>")))
        #expect(doc.paragraphs.contains("Divers inspect the rotted piles. Photo: Jane Roe"))
        #expect(doc.captions.isEmpty)
    }

    @Test func captionAfterTheLastParagraphStaysACaption() {
        let html = """
        <html><body><article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        \(Self.figure(Self.caption))
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.captions == [Self.caption])
    }

    @Test func galleryOfCaptionsInARowStaysCaptions() {
        let gallery = [
            "The ferry leaving the harbour at dawn.",
            "Gulls over the breakwater on a calm day.",
            "The ticket office, closed since the storm.",
        ]
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: gallery.map(Self.figure).joined()))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.captions == gallery)
    }

    @Test func captionOutsideTheArticleStaysACaption() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(outside: "<div class='sidebar-photo'>\(Self.figure(Self.caption))</div>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(!doc.paragraphs.contains(Self.caption))
    }
}
