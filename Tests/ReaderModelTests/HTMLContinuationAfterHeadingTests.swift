import Testing
@testable import ReaderModel

/// The article's closing section split into the next container: the chosen element ends on a
/// heading line, and the container after it holds the prose that heading introduces.
@Suite struct HTMLContinuationAfterHeadingTests {
    static let closing = [
        "The survey reached four hundred households on the island by telephone and by post over the two weeks before the vote.",
        "Answers were weighted by age and by parish so that the small northern villages count as much as the harbour town.",
    ]

    static func page(heading: String, after: String) -> String {
        """
        <html><head><title>Pier survey</title></head><body>
        <div class='wrap'>
        <div>\(HTMLFixtures.paragraphs())<p><strong>\(heading)</strong></p></div>
        <div>\(after)</div>
        </div>
        </body></html>
        """
    }

    @Test func closingSectionAfterTheHeadingIsKept() {
        let doc = HTMLFixtures.clean(Self.page(heading: "How the survey was done", after: HTMLFixtures.paragraphs(Self.closing)))
        #expect(doc.paragraphs == HTMLFixtures.prose + ["How the survey was done"] + Self.closing)
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("closing heading introduces") })
    }

    @Test func withoutAClosingHeadingTheNextContainerStaysOut() {
        let doc = HTMLFixtures.clean(Self.page(heading: "Thanks for reading, and see you next week.", after: HTMLFixtures.paragraphs(Self.closing)))
        #expect(!doc.paragraphs.contains(Self.closing[0]))
    }
}
