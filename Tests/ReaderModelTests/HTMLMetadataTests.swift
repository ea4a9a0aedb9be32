import Testing
@testable import ReaderModel

/// Title, byline, date, publisher and standfirst from each source a page may state them in.
@Suite struct HTMLMetadataTests {
    @Test func openGraphGivesPublisherDescriptionAndTitle() {
        let head = """
        <meta property="og:site_name" content="The Bay Courier">
        <meta property="og:title" content="Marrow Bay votes to rebuild the ferry pier">
        <meta property="og:description" content="After three years of argument the council chose the pier over the coastal road.">
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(head: head))
        #expect(doc.publisher == "The Bay Courier")
        #expect(doc.title == "Marrow Bay votes to rebuild the ferry pier")
        #expect(doc.standfirst == "After three years of argument the council chose the pier over the coastal road.")
    }

    /// A blog's description that only repeats the post's title is no standfirst.
    @Test func descriptionRepeatingTheTitleIsNoStandfirst() {
        let head = """
        <meta property="og:title" content="Notes from the harbour board's winter meeting">
        <meta name="description" content="Notes from the harbour board's winter meeting">
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(head: head))
        #expect(doc.title == "Notes from the harbour board's winter meeting")
        #expect(doc.standfirst == nil)
    }

    @Test func titleLosesSiteSuffixAndUpdatePrefix() {
        let html = "<html><head><title>UPDATED: Ferry timetable cut for the winter months | The Bay Courier</title></head><body>\(HTMLFixtures.paragraphs())</body></html>"
        #expect(HTMLFixtures.clean(html).title == "Ferry timetable cut for the winter months")
    }

    @Test func logoInAnH1IsNotTheHeadline() {
        let head = "<meta property='og:site_name' content='The Bay Courier'><meta property='og:title' content='Marrow Bay votes to rebuild the ferry pier | The Bay Courier'>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(head: head, before: "<header><h1 class='logo'>The Bay Courier</h1></header>"))
        #expect(doc.title == "Marrow Bay votes to rebuild the ferry pier")
    }

    @Test func titleCleanerKeepsHyphenatedHeadlines() {
        #expect(TitleCleaner.clean("Council - and residents - split over pier plan", siteName: nil) == "Council - and residents - split over pier plan")
        #expect(TitleCleaner.clean("Pier plan approved after long night - Bay Courier", siteName: "The Bay Courier") == "Pier plan approved after long night")
        #expect(TitleCleaner.clean("BREAKING: Pier plan approved", siteName: nil) == "Pier plan approved")
        #expect(TitleCleaner.clean("UPDATE 2-Pier plan approved", siteName: nil) == "Pier plan approved")
        #expect(TitleCleaner.clean("In pictures: storm floods the pier", siteName: nil) == "Storm floods the pier")
        #expect(TitleCleaner.clean("Bay Courier | Pier plan approved", siteName: "Bay Courier") == "Pier plan approved")
    }

    @Test func jsonLDGivesAuthorDateHeadlineAndPublisher() {
        let ld = #"""
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
         {"@type":"NewsArticle","headline":"Pier vote passes","datePublished":"2024-04-29T15:10:00+02:00",
          "author":[{"@type":"Person","name":"Ada Quill"},{"@type":"Person","name":"Ben Rook"}],
          "publisher":{"@type":"Organization","name":"Bay Courier Media"}}]}
        </script>
        """#
        let doc = HTMLFixtures.clean(HTMLFixtures.page(head: ld))
        #expect(doc.byline == "Ada Quill, Ben Rook")
        #expect(doc.published?.hasPrefix("2024-04-29") == true)
        #expect(doc.publisher == "Bay Courier Media")
    }

    @Test func brokenJSONLDWithRawNewlinesIsRepaired() {
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Pier\nvote\",\"author\":\"Ada Quill\"}</script>"
        #expect(HTMLFixtures.clean(HTMLFixtures.page(head: ld)).byline == "Ada Quill")
    }

    @Test func articlePublishedTimeMetaGivesTheDate() {
        let head = #"<meta property="article:published_time" content="2023-11-02T09:30:00Z">"#
        #expect(HTMLFixtures.clean(HTMLFixtures.page(head: head)).published == "2023-11-02T09:30")
    }

    @Test func timeElementGivesTheDate() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<p class='date'><time datetime='2022-06-15'>15 June</time></p>"))
        #expect(doc.published == "2022-06-15")
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    @Test func relAuthorLinkGivesTheByline() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(before: "<div class='byline'>By <a rel='author' href='/ada'>Ada Quill</a></div>"))
        #expect(doc.byline == "Ada Quill")
    }

    @Test func metaAuthorGivesTheByline() {
        #expect(HTMLFixtures.clean(HTMLFixtures.page(head: "<meta name='author' content='Ben Rook'>")).byline == "Ben Rook")
    }

    @Test func bylineLineInTheArticleIsNotBody() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<div class='article-byline'>By Cora Vane</div>"))
        #expect(doc.byline == "Cora Vane")
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    @Test func standfirstClassedElementIsTheStandfirst() {
        let dek = "<p class='article-dek'>The vote ends a three-year fight between harbour traders and road campaigners.</p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(before: dek))
        #expect(doc.standfirst == "The vote ends a three-year fight between harbour traders and road campaigners.")
    }
}
