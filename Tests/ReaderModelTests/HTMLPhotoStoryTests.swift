import Testing
@testable import ReaderModel

/// A photo story's captions outweigh its text: they are the article, read in page order.
@Suite struct HTMLPhotoStoryTests {
    static let captions = [
        "Fishing boats wait at the old pier at dawn, their lights still on after a night on the northern banks.",
        "A deckhand carries the first crate of the morning past the rotten timber piles the council will replace.",
        "Children on the island ferry wave at the harbour master, who has worked the same berth for thirty winters.",
        "The last boat of the day comes in under a low sky as the market stalls on the quay are packed away.",
    ]

    @Test func captionsOfAPhotoStoryAreItsParagraphs() {
        let intro = "A day at the ferry pier, in pictures."
        let figures = Self.captions.map { "<figure><img src='p.jpg'><figcaption>\($0)</figcaption></figure>" }.joined()
        let html = "<html><body><nav><a href='/'>Home</a></nav><article><h1>The pier, from dawn to dusk</h1><p>\(intro)</p>\(figures)</article></body></html>"
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.suffix(4) == ArraySlice(Self.captions))
        #expect(doc.captions.isEmpty)
        #expect(doc.blocks.contains { $0.evidence?.contains("photo story") == true })
    }
}

/// A one-picture post whose prose is all in the caption: the caption is the article.
@Suite struct HTMLCaptionOnlyPostTests {
    @Test func aLoneLongCaptionIsTheBody() {
        let caption = "Six weeks after the storm the harbour wall is whole again, and the masons who rebuilt it stone by stone say the new mortar should outlast every one of them."
        let html = """
            <html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>
            <div class='post'><h1>The wall is back</h1>
            <div class='wp-caption'><img src='wall.jpg'><p class='wp-caption-text'>\(caption)</p></div></div>
            <div class='sidebar'><a href='/a'>More from the harbour</a></div></body></html>
            """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == [caption])
        #expect(doc.blocks.contains { $0.evidence?.contains("only prose of the article is in captions") == true })
    }

    @Test func aShortCreditAloneStaysACaption() {
        let html = "<html><body><article><h1>Pier at dawn</h1><figure><img src='p.jpg'><figcaption>Photo: the harbour board</figcaption></figure></article></body></html>"
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.isEmpty)
    }
}
