import Foundation
import Testing
@testable import ReaderModel

/// Issue 12, item 8: where a page still cannot be read whole, the document says so.
@Suite struct ReadingLimitTests {
    @Test func nestingPastTheDepthLimitIsNoted() {
        let html = HTMLLimitsTests.nested(HTMLDocument.maxDepth + 40, open: "<div><section>", close: "</section></div>")
        let document = HTMLFixtures.clean(html)
        let text = document.paragraphs.joined(separator: " ")
        for sentence in HTMLFixtures.prose { #expect(text.contains(sentence)) }  // the text is still there
        #expect(document.limits.contains { if case .flattened(HTMLDocument.maxDepth, _) = $0 { true } else { false } },
                "\(document.limits)")
        #expect(document.limits.first?.description.contains("flattened") == true)
    }

    @Test func attributesPastTheCapAreNoted() {
        let attributes = (0..<(AttributeLimiter.maxAttributes + 20)).map { " data-k\($0)=\"\($0)\"" }.joined()
        let document = HTMLFixtures.clean(HTMLFixtures.page(before: "<div class=\"note\"\(attributes)>x</div>"))
        #expect(document.limits == [.attributesCut(limit: AttributeLimiter.maxAttributes)])
        #expect(document.paragraphs == HTMLFixtures.prose)
    }

    @Test func anOrdinaryPageHasNoLimits() {
        #expect(HTMLFixtures.clean(HTMLFixtures.page()).limits.isEmpty)
        #expect(HTMLFixtures.clean(HTMLLimitsTests.nested(200, open: "<div>", close: "</div>")).limits.isEmpty)
        #expect(Cleaner().clean(Article(source: "plain.txt", format: .text, text: "A title\n\nSome text of a plain page.\n")).limits.isEmpty)
    }
}
