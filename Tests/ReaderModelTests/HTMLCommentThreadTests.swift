import Testing
@testable import ReaderModel

/// Reader comments that outweigh the article are still comments, not the article.
@Suite struct HTMLCommentThreadTests {
    /// Invented reader comments, each long enough to read as prose on its own.
    static let comments = [
        "I have taken that ferry every week for twenty years and the pier has been shaking under the trucks since at least the last big storm, so this is overdue.",
        "Four million is a lot of money for a town this size, and nobody at the meeting explained where the rest of the repairs on the coastal road will come from.",
        "My grandfather helped drive those piles in the fifties. He always said they would last fifty years and not a day more, and it seems he was right about that.",
        "The council should have published the engineering report months ago. We only heard about the rotten timber when the vote was already on the agenda.",
        "Good decision. Without the winter ferry the island school would close, and the families out there would have no choice but to move to the mainland.",
        "Has anyone asked the ferry company whether they will keep the same timetable during construction? Last time there were three weeks without any service.",
        "I would rather see the money go to the flooded road, honestly. I drive it twice a day and the water reaches the doors of the car after every high tide.",
        "Whatever they build, please keep the old benches at the end of the pier. Half the town learned to fish there and it would be a shame to lose them.",
    ]

    static func thread(_ wrapperAttributes: String) -> String {
        let items = comments.enumerated().map { i, text in
            "<dt>\(i + 1). Reader \(i + 1) – 4 March</dt><dd><p>\(text)</p></dd>"
        }
        return "<div \(wrapperAttributes)><h2>\(comments.count) responses</h2><dl>\(items.joined())</dl></div>"
    }

    @Test func longLabelledThreadAfterTheArticleIsRemoved() {
        let html = """
        <html><body><div id='wrapper'><div id='content'>
        <h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        \(Self.thread("id='comments'"))
        </div><div id='sidebar'><ul><li><a href='/a'>Archives</a></li></ul></div></div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.removed.first { $0.text.contains("benches at the end") }?.reason == .comments)
    }

    /// A wrapper whose class mentions comments but which holds the article itself is lifted.
    @Test func commentLabelledWrapperAroundTheWholeArticleIsRead() {
        let html = "<html><body><div class='page has-comments'>\(HTMLFixtures.paragraphs())</div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }
}
