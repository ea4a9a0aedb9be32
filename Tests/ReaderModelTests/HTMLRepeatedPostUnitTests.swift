import Testing
@testable import ReaderModel

/// A blog's front page: each post is a unit the template repeats (date heading, title, body), and
/// the posts' bodies are classed per author, so every unit is the page's text, not only the longest post.
@Suite struct HTMLRepeatedPostUnitTests {
    static let posts = [
        ("ana", Array(HTMLFixtures.prose.prefix(4))),
        ("ben", ["Our volunteers counted two hundred and twelve seabirds on the cliffs this weekend, a record for late November.",
                 "Most were guillemots sheltering from the easterly wind, with a handful of razorbills among them on the lower ledges."]),
        ("cai", ["The library will open on Sunday afternoons from January, after the council found money for one more librarian."]),
    ]

    static func page() -> String {
        let units = posts.enumerated().map { i, post in
            """
            <div class='entry-unit'><h3 class='date'>Day \(i + 1) of the month</h3><h4 class='title'><a href='/p/\(i)'>Post \(i + 1)</a></h4>
            <div class='entry entry-\(post.0)'><div class='entry-body'>\(post.1.map { "<p>\($0)</p>" }.joined())</div></div></div>
            """
        }.joined()
        return "<html><body><div id='all'><div id='posts'>\(units)</div><div id='side'><ul><li><a href='/a'>Archive</a></li></ul></div></div></body></html>"
    }

    @Test func everyRepeatedPostUnitIsKept() {
        let doc = HTMLFixtures.clean(Self.page())
        for paragraph in Self.posts.flatMap(\.1) { #expect(doc.paragraphs.contains(paragraph)) }
        #expect(doc.blocks.contains { ($0.evidence ?? "").contains("post units the page repeats") })
    }

    @Test func anArticleWithoutRepeatedUnitsIsUnchanged() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page())
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("post units the page repeats") })
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }
}
