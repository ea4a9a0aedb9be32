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
