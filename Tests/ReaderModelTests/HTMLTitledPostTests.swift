import Testing
@testable import ReaderModel

/// A blog post of one line under a heading that repeats the page title beats a longer about-box in
/// the sidebar; a heading that is only the site's name, or a headline in its own header band, does not.
@Suite struct HTMLTitledPostTests {
    static let post = "The first gulls of spring landed on the east jetty this morning, three days earlier than last year."
    static let about = "I have kept this notebook of the harbour for eleven winters. Things I write about: boats, tides, birds, "
        + "weather, recipes, repairs, ferries, timetables, lighthouses, fish markets, net menders, rowing clubs, chandlers, "
        + "paint, rope, anchors, buoys, gales, fog, herring, mackerel, crabs, lobsters, pots, pontoons, slipways, moorings, "
        + "harbour dues, the lifeboat, the pilot, the customs shed, the old ice house, and the long arguments about all of it."

    static func page(title: String = "Harbour Notes: Gulls return to the east jetty",
                     postHeading: String = "<h3 class='post-title'>Gulls return to the east jetty</h3>") -> String {
        """
        <html><head><title>\(title)</title></head><body><div id='wrap'>
        <div id='sidebar'><h1 id='blog-title'>Harbour Notes</h1>
        <div class='profile-box'><h2>About me</h2><p class='profile-text'>\(about)</p></div>
        <ul><li><a href='/a'>Older post one</a></li><li><a href='/b'>Older post two</a></li></ul></div>
        <div id='main'><h2 class='date-header'>Tuesday, 3 March</h2>
        <div class='post'>\(postHeading)
        <div class='inner'>\(post)</div>
        <p class='post-footer'>posted by the keeper at 7:10</p></div></div>
        </div></body></html>
        """
    }

    @Test func aOneLinePostUnderTheTitledHeadingBeatsTheAboutBox() {
        let doc = HTMLFixtures.clean(Self.page())
        #expect(doc.paragraphs.contains(Self.post))
        #expect(!doc.paragraphs.contains(Self.about))
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("repeats the page title") })
    }

    @Test func theSiteNameIsNotThePostsHeadline() {
        // "Harbour Notes" is in the title too, but as its shorter part: the post's heading is most of it.
        let document = HTMLDocument.parse(Self.page())
        let layout = PageLayout(document: document, blocks: BlockSegmenter.blocks(of: document))
        let headline = TitledPost.headline(in: document, layout: layout)
        #expect(headline.map { document.nodes[$0].tag } == "h3")
    }

    @Test func withoutAHeadingRepeatingTheTitleTheScoresDecide() {
        let doc = HTMLFixtures.clean(Self.page(title: "Harbour Notes", postHeading: "<h3 class='post-title'>Spring</h3>"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("repeats the page title") })
    }

    @Test func aHeadlineInItsOwnBandLeavesTheArticleBodyAlone() {
        // A news layout: headline and standfirst in a band of their own, the text in the article-body column.
        let html = """
        <html><head><title>Council votes on the ferry pier | Marrow Bay Post</title></head><body>
        <div class='top'><div class='intro-box'><h1>Council votes on the ferry pier</h1>
        <p>The vote ended three years of debate about the old timber pier.</p></div></div>
        <div class='columns'><div class='article-body'>\(HTMLFixtures.paragraphs())</div>
        <div class='rail'><p>\(Self.about)</p></div></div>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains(HTMLFixtures.prose[0]))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("repeats the page title") })
    }

    @Test func aWidgetWrapperAroundTheTitledPostIsNotFurniture() {
        // Blog templates wrap the posts in a "widget" too; the one holding the titled heading is the post.
        let html = Self.page().replacingOccurrences(of: "<div class='post'>", with: "<div class='widget Blog'><div class='post'>")
            .replacingOccurrences(of: "posted by the keeper at 7:10</p></div>", with: "posted by the keeper at 7:10</p></div></div>")
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains(Self.post))
        #expect(!doc.paragraphs.contains(Self.about))
    }
}
