import Testing
@testable import ReaderModel

/// A blog post's text after the fold (`<div id="more">` right after the post's body) continues the
/// post; a "more" box of links after it is still a list of other stories.
@Suite struct HTMLExtendedEntryTests {
    static let fold = "Schedule for the spring: the first crossing leaves at seven and the last returns at dusk."

    static func page(after: String) -> String {
        """
        <html><head><title>Marrow Bay pier</title></head><body>
        <div class='wrap'>
        <div class='body'>\(HTMLFixtures.paragraphs())</div>
        \(after)
        </div>
        </body></html>
        """
    }

    @Test func unlinkedMoreBoxAfterThePostContinuesIt() {
        let doc = HTMLFixtures.clean(Self.page(after: "<div id='more'><p>\(Self.fold)</p></div>"))
        #expect(doc.paragraphs == HTMLFixtures.prose + [Self.fold])
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("after the fold") })
    }

    @Test func moreBoxOfLinksStaysOut() {
        let links = "<div id='more'><p><a href='/a'>Harbour dues rise again</a></p><p><a href='/b'>New buoys for the channel</a></p></div>"
        let doc = HTMLFixtures.clean(Self.page(after: links))
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    @Test func moreBoxNotRightAfterThePostStaysOut() {
        let doc = HTMLFixtures.clean(Self.page(after: "<div class='box'><h3>Tides</h3></div><div id='more'><p>\(Self.fold)</p></div>"))
        #expect(!doc.paragraphs.contains(Self.fold))
    }
}
