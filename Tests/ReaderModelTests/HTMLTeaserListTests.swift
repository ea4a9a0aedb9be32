import Testing
@testable import ReaderModel

/// A section front with no article, only repeated teasers (a linked heading over a linked summary),
/// reads as its teasers instead of coming out empty; a page with an article still reads as the article.
@Suite struct HTMLTeaserListTests {
    static let teasers = [
        ("Seed swaps come back to the village hall", "Growers traded beans, squash and old tomato varieties over tea on Saturday."),
        ("A hedge that feeds the birds all winter", "Hawthorn, holly and rowan make a fence that is also a larder for thrushes."),
        ("Why the allotment waiting list keeps growing", "Forty households asked for a plot this year, and only six plots came free."),
        ("Pruning roses without fear", "A short guide for the nervous gardener, with pictures of every cut to make."),
    ]

    static func list() -> String {
        teasers.enumerated().map { i, t in
            "<div class='row'><h3><a href='/g/\(i)'>\(t.0)</a></h3><h4><a href='/g'>garden</a></h4><p><a href='/g/\(i)'>\(t.1)</a></p></div>"
        }.joined(separator: "\n")
    }

    @Test func aPageOfTeasersReadsAsItsTeasers() {
        // The whole page sits in an "ad"-named wrapper, as some old templates have it.
        let html = """
        <html><head><title>Garden pages</title></head><body>
        <div id='outerAd'><div id='top'><span>Sunday, 5 April</span></div>
        <div id='content'><h1>Garden pages</h1><div id='main'>\(Self.list())</div></div></div>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        for teaser in Self.teasers {
            #expect(doc.paragraphs.contains(teaser.1))
        }
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("list of teasers") })
    }

    @Test func anArticleWithTeasersBelowIsStillTheArticle() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(outside: "<div class='more-list'>\(Self.list())</div>"))
        #expect(doc.paragraphs.contains(HTMLFixtures.prose[0]))
        #expect(!doc.paragraphs.contains(Self.teasers[0].1))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("list of teasers") })
    }
}
