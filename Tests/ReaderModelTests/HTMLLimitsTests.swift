import Foundation
import Testing
@testable import ReaderModel

/// Issue 12, items 8 and 9: pages beyond libxml2's default limits are read whole, in bounded time.
@Suite struct HTMLLimitsTests {
    /// The fixture article inside `depth` levels of `open`/`close` (tables in tables, lists in lists).
    static func nested(_ depth: Int, open: String, close: String) -> String {
        "<!DOCTYPE html><html><head><title>Marrow Bay votes to rebuild the ferry pier</title></head><body>"
            + String(repeating: open, count: depth) + HTMLFixtures.paragraphs() + String(repeating: close, count: depth)
            + "</body></html>"
    }

    @Test(arguments: [260, 400, 3_000])
    func deeplyNestedTablesStillGiveTheArticle(depth: Int) {
        let html = Self.nested(depth, open: "<table><tr><td>", close: "</td></tr></table>")
        let text = HTMLFixtures.clean(html).paragraphs.joined(separator: " ")
        for sentence in HTMLFixtures.prose { #expect(text.contains(sentence), "depth \(depth)") }
    }

    @Test func deeplyNestedListsStillGiveTheArticle() {
        let html = Self.nested(600, open: "<ul><li>", close: "</li></ul>")
        let text = HTMLFixtures.clean(html).paragraphs.joined(separator: " ")
        for sentence in HTMLFixtures.prose { #expect(text.contains(sentence)) }
    }
}

extension HTMLLimitsTests {
    @Test func elementWithHundredThousandAttributesIsCleanedQuickly() {
        let attributes = (0..<100_000).map { " data-a\($0)=\"v\($0)\"" }.joined()
        let html = HTMLFixtures.page(before: "<div class=\"note\"\(attributes)>x</div>")
        let clock = ContinuousClock()
        var document = Document(source: "")
        let elapsed = clock.measure { document = HTMLFixtures.clean(html) }
        // 85 s before the cap in a debug build, 0.2 s after: a bound no loaded machine misses.
        #expect(elapsed < .seconds(20), "\(elapsed)")
        #expect(document.paragraphs == HTMLFixtures.prose)
    }

    @Test func attributesBeyondTheCapAreCutAndTheRestKept() throws {
        let many = (0..<300).map { " a\($0)='x > y'" }.joined()
        let html = "<p id=keep\(many) title=\"last\">Text</p><div class=ok>After</div>"
        let limited = try #require(Array(html.utf8).withUnsafeBufferPointer(AttributeLimiter.limit))
        let text = String(decoding: limited, as: UTF8.self)
        #expect(text.hasPrefix("<p id=keep a0='x > y'"))
        #expect(text.contains(" a126='x > y' >Text</p><div class=ok>After</div>"))
        #expect(!text.contains("a127="))
        #expect(Array("<p class=a>plain</p>".utf8).withUnsafeBufferPointer(AttributeLimiter.limit) == nil)
    }
}
