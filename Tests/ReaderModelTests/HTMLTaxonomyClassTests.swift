import Testing
@testable import ReaderModel

/// Category and tag names in generated classes say what the post is about, not what the element is.
@Suite struct HTMLTaxonomyClassTests {
    @Test func postClassedWithTagNamesIsTheArticle() {
        let html = "<html><body><div class='post hentry category-photo-credits tag-social-media tag-comments entry-category-sidebar-news'>"
            + "<h1>Marrow Bay votes to rebuild the ferry pier</h1><div class='entry'>\(HTMLFixtures.paragraphs())</div></div>"
            + "<div id='sidebar'><ul><li><a href='/a'>Archives</a></li></ul></div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }

    @Test func taxonomyWordEndsTheClassTokenOnly() {
        #expect(BoilerplateWords.words("tag-credit-cards share-bar") == ["tag", "share", "bar"])
        #expect(BoilerplateWords("category-comments").noise == nil)
        #expect(BoilerplateWords("comments-area").noise == .comments)
    }
}
