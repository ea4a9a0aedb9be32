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

/// Classes and ids made from a heading's words name the section's subject, not its role.
@Suite struct HTMLHeadingSlugClassTests {
    @Test func sectionsClassedWithHeadingSlugsAreRead() {
        let p = HTMLFixtures.prose
        let html = """
        <html><body><div class='document'><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        <div class='section' id='sharing-the-cost-with-the-island'><h2>Sharing the cost with the island</h2><p>\(p[0])</p><p>\(p[1])</p></div>
        <div class='section' id='a-pier-for-the-winter-ferry'><h2>A pier for the winter ferry</h2><p>\(p[2])</p><p>\(p[3])</p><p>\(p[4])</p></div>
        </div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.filter { p.contains($0) } == p)
    }

    @Test func shortRoleClassesStillCount() {
        #expect(BoilerplateWords("social-share-bar").noise == .social)
        #expect(BoilerplateWords.words("sharing-with-a-single-reader").isEmpty)
    }
}
