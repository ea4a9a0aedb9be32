import Testing
@testable import ReaderModel

/// An `<h1>` naming the blog over a "Blog: Post" page title gives way to the post's title when
/// the page names that title again (`og:title`, the post's own heading); a headline `<h1>` over
/// "Headline | Site" stays the title.
@Suite struct HTMLBlogNameHeadingTests {
    static func page(title: String, ogTitle: String? = nil, h1: String, postHeading: String?) -> String {
        let meta = ogTitle.map { "<meta property=\"og:title\" content=\"\($0)\">" } ?? ""
        let post = postHeading.map { "<h3 class=\"post-title\">\($0)</h3>" } ?? ""
        return """
        <html><head><title>\(title)</title>\(meta)</head><body>
        <div id="header"><h1 class="title"><a href="/">\(h1)</a></h1><p>Seeds, sheds and small harvests</p></div>
        <div class="post">\(post)<div class="post-body">\(HTMLFixtures.paragraphs())</div></div>
        </body></html>
        """
    }

    @Test func postHeadingNamesThePostTitle() {
        let doc = HTMLFixtures.clean(Self.page(title: "Marigold Lane Diary: The pear tree finally flowers",
                                               h1: "Marigold Lane Diary", postHeading: "The pear tree finally flowers"))
        #expect(doc.title == "The pear tree finally flowers")
        #expect(!doc.paragraphs.contains("Marigold Lane Diary"))
    }

    @Test func statedTitleNamesThePostTitle() {
        let doc = HTMLFixtures.clean(Self.page(title: "Marigold Lane Diary: Frost on the cold frame", ogTitle: "Frost on the cold frame",
                                               h1: "Marigold Lane Diary", postHeading: nil))
        #expect(doc.title == "Frost on the cold frame")
    }

    @Test func blogNameRemovalIsExplained() {
        let doc = HTMLFixtures.clean(Self.page(title: "Marigold Lane Diary: The pear tree finally flowers",
                                               h1: "Marigold Lane Diary", postHeading: "The pear tree finally flowers"))
        let block = doc.blocks.first { $0.text == "Marigold Lane Diary" }
        #expect(block?.role == .removed)
        #expect(block?.evidence == BlogNameHeading.evidence)
    }

    @Test func headlineOverSiteSuffixStays() {
        let doc = HTMLFixtures.clean(Self.page(title: "Council approves the new riverside footbridge | Harbour Ledger",
                                               h1: "Council approves the new riverside footbridge", postHeading: "Latest stories"))
        #expect(doc.title == "Council approves the new riverside footbridge")
    }

    @Test func siteHeadingAboveTheHeadlineStays() {
        // "Headline | Site" with the site's name as a heading above the h1: no blog name there.
        let html = """
        <html><head><title>Council approves the new riverside footbridge | Harbour Ledger</title></head><body>
        <div class="masthead"><h2>Harbour Ledger</h2></div>
        <article><h1>Council approves the new riverside footbridge</h1>\(HTMLFixtures.paragraphs())</article>
        </body></html>
        """
        #expect(HTMLFixtures.clean(html).title == "Council approves the new riverside footbridge")
    }

    @Test func restNamingTheSiteStays() {
        #expect(BlogNameHeading.postTitle(heading: "Council approves the footbridge", pageTitle: "Council approves the footbridge | Harbour Ledger",
                                          stated: nil, siteName: "Harbour Ledger") { ["Harbour Ledger"] } == nil)
    }

    @Test func nameWithoutThePostNamedAgainStays() {
        // Nothing else on the page says the rest of the title is the post's: the h1 is kept.
        let doc = HTMLFixtures.clean(Self.page(title: "Quarry Road Works: notes and drawings from the studio",
                                               h1: "Quarry Road Works", postHeading: "Archive"))
        #expect(doc.title == "Quarry Road Works")
    }

    @Test(arguments: [
        ("Дневник с грядки: Спасаем ревень", "Дневник с грядки", "Спасаем ревень"),
        ("わたしの小さな園芸ノート日記 | 梅の木に初めて花が咲いた", "わたしの小さな園芸ノート日記", "梅の木に初めて花が咲いた"),
    ])
    func otherScripts(title: String, name: String, post: String) {
        let doc = HTMLFixtures.clean(Self.page(title: title, h1: name, postHeading: post))
        #expect(doc.title == post)
    }

    /// A page whose `<h1>` (in the header) is `h1` and whose post's own heading is an `<h2>`.
    static func headedPost(title: String, h1: String, post: String) -> String {
        """
        <html><head><title>\(title)</title></head><body>
        <div id="header"><h1><a href="/">\(h1)</a></h1></div>
        <div class="entry"><h2 class="title">\(post)</h2><div class="article">\(HTMLFixtures.paragraphs())</div></div>
        </body></html>
        """
    }

    @Test(arguments: [
        // A blog's name too short to be read as a headline, before "::".
        ("느린 산책 :: 선창의 오래된 다리를 다시 짓는다", "느린 산책", "선창의 오래된 다리를 다시 짓는다"),
        ("Kelp :: The pier gets its new piles", "Kelp", "The pier gets its new piles"),
    ])
    func shortBlogNameBeforeThePost(title: String, name: String, post: String) {
        let doc = HTMLFixtures.clean(Self.headedPost(title: title, h1: name, post: post))
        #expect(doc.title == post)
        #expect(doc.evidence(of: name) == BlogNameHeading.evidence)
    }

    @Test(arguments: [
        // The site's name after the post's title, the post set as a heading under the site's h1.
        ("Rebuilding the pier: a field guide — notes of the Marrow Bay works", "notes of the Marrow Bay works", "Rebuilding the pier: a field guide"),
        // A hosted blog: "Post @ Blog :: Host ::" under the host's short h1.
        ("重建旧码头的第二周 @ 海湾小记 :: 博客站 ::", "博客站", "重建旧码头的第二周"),
        ("Der Steg wird neu gebaut » Notizen aus der Bucht", "Notizen aus der Bucht", "Der Steg wird neu gebaut"),
    ])
    func siteNameAfterThePost(title: String, name: String, post: String) {
        let doc = HTMLFixtures.clean(Self.headedPost(title: title, h1: name, post: post))
        #expect(doc.title == post)
    }

    @Test func headlineAfterTheSiteStays() {
        // "Site | Headline" with the headline as the h1 and the site's name as no later heading.
        let doc = HTMLFixtures.clean(Self.headedPost(title: "Harbour Ledger | Council approves the new riverside footbridge",
                                                     h1: "Council approves the new riverside footbridge", post: "Latest stories"))
        #expect(doc.title == "Council approves the new riverside footbridge")
        #expect(BlogNameHeading.leadingPostTitle(heading: "Harbour Ledger", pageTitle: "Harbour Ledger | Notes", laterHeadings: { ["Notes"] }) == nil)
        #expect(BlogNameHeading.leadingPostTitle(heading: "Site", pageTitle: "Notes on moss Site", laterHeadings: { ["Notes on moss"] }) == nil)
    }

    @Test func shapeAlone() {
        #expect(BlogNameHeading.postTitle(heading: "Field Notes", pageTitle: "Field Notes: On moss", stated: nil) { ["On moss"] } == "On moss")
        #expect(BlogNameHeading.postTitle(heading: "Field Notes", pageTitle: "Field Notes on moss", stated: nil) { ["on moss"] } == nil)
        #expect(BlogNameHeading.postTitle(heading: "Field Notes", pageTitle: "Field Notes", stated: nil) { ["Field Notes"] } == nil)
    }
}
