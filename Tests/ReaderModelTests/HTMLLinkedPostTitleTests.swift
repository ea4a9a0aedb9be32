import Testing
@testable import ReaderModel

/// A heading linked through to the post's own page, with the post's dateline right under it, is
/// the post's title; a linked heading with no dateline under it is still judged as a link line.
@Suite struct HTMLLinkedPostTitleTests {
    private func page(under heading: String) -> String {
        """
        <html><head><title>Harbour notes</title></head><body><div class='post'>
        <h2><a href='/2011/03/pier-vote'>Why the pier vote went the way it did</a></h2>
        \(heading)
        \(HTMLFixtures.paragraphs())
        </div></body></html>
        """
    }

    @Test func linkedHeadingOverItsDatelineIsKept() {
        let doc = HTMLFixtures.clean(page(under: "<div class='date'>March 3, 2011</div>"))
        #expect(doc.paragraphs.first == "Why the pier vote went the way it did")
        let block = doc.blocks.first { $0.text == "Why the pier vote went the way it did" }
        #expect(block?.evidence?.contains("dateline right under it") == true)
        #expect(Array(doc.paragraphs.dropFirst()) == HTMLFixtures.prose)
    }

    @Test func linkedHeadingWithoutDatelineIsNotKeptAsTitle() {
        let doc = HTMLFixtures.clean(page(under: ""))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("dateline right under it") })
    }
}
