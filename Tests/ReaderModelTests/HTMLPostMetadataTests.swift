import Testing
@testable import ReaderModel

/// A blog template's "postmetadata" paragraph (when it was posted, where it was filed, how to
/// follow replies) is furniture at any length, though its class is one unsplit word.
@Suite struct HTMLPostMetadataTests {
    private let filed = "Written on a wet Thursday in March at half past nine and filed under Harbour Works, Island Life. Replies to this note can be followed through the feed, and pings are open."

    @Test func longPostMetadataParagraphIsRemoved() {
        let line = "<p class='postmetadata alt'><small>\(filed)</small></p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page().replacingOccurrences(of: "</article>", with: line + "</article>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.removed.contains { $0.text == filed && $0.reason == .metadata })
    }

    @Test func postMetadataWordsNameMetadata() {
        #expect(BoilerplateWords("postmetadata alt").noise == .metadata)
        #expect(BoilerplateWords("postmeta").noise == .metadata)
    }
}
