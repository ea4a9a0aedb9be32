import Foundation
import Testing
@testable import ReaderModel

/// Broken, empty, hostile and huge pages never crash the HTML cleaner.
@Suite struct HTMLRobustnessTests {
    @Test func emptyAndBlankDocuments() {
        for html in ["", " ", "\n\n", "<html></html>", "<!DOCTYPE html>", "<body></body>"] {
            let doc = HTMLFixtures.clean(html)
            #expect(doc.paragraphs.isEmpty)
        }
    }

    @Test func truncatedPagesStillGiveTheTextSeen() {
        let page = HTMLFixtures.page()
        for cut in stride(from: 0, to: page.utf8.count, by: 97) {
            let prefix = String(decoding: page.utf8.prefix(cut), as: UTF8.self)
            _ = HTMLFixtures.clean(prefix)
        }
        let half = String(decoding: page.utf8.prefix(page.utf8.count * 3 / 4), as: UTF8.self)
        #expect(HTMLFixtures.clean(half).paragraphs.first == HTMLFixtures.prose[0])
    }

    @Test func randomBytesAndTagSoup() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["<", ">", "</", "div", "p", "<p>", "</div>", "&amp;", "&#x0;", "&#99999999;", "\"", "'", "<!--", "-->",
                      "<script>", "<![CDATA[", "]]>", "\u{0}", "é", "\u{FFFD}", "<a href=", " class=ad ", "<br>", "text "]
        for _ in 0..<200 {
            let html = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = HTMLFixtures.clean(html)
        }
        for _ in 0..<50 {
            let bytes = (0..<Int.random(in: 0..<2000, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = HTMLFixtures.clean(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func deeplyNestedElements() {
        let html = String(repeating: "<div>", count: 20_000) + "deep text" + String(repeating: "</div>", count: 20_000)
        _ = HTMLFixtures.clean(html)
    }

    @Test func fiveMegabyteSingleLine() {
        let sentence = "A long line of invented words about tides and ferries, with commas, and no breaks at all. "
        let text = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        let doc = HTMLFixtures.clean("<html><body><p>" + text + "</p></body></html>")
        #expect(doc.paragraphs.count == 1)
        _ = HTMLFixtures.clean(text)  // no tags at all
    }

    @Test func brokenJSONLDIsIgnored() {
        let head = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
        #expect(HTMLFixtures.clean(HTMLFixtures.page(head: head)).paragraphs == HTMLFixtures.prose)
    }
}

/// A page saved while a consent dialog was open: the article behind it is marked aria-hidden.
@Test func articleBehindAnOpenDialogIsStillRead() {
    let html = "<html><body><div id='page' aria-hidden='true'>\(HTMLFixtures.paragraphs())</div><div role='dialog' class='consent'><p>We value your privacy.</p></div></body></html>"
    #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
}

/// Cleaning runs on many threads at once (libxml2 is initialised once, the model holds no shared state).
@Test func concurrentCleaningGivesTheSameDocument() async {
    let html = HTMLFixtures.page(before: "<nav><a href='/'>Home</a></nav>")
    let expected = HTMLFixtures.clean(html)
    let results = await withTaskGroup(of: Document.self) { group in
        for _ in 0..<16 { group.addTask { HTMLFixtures.clean(html) } }
        return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.allSatisfy { $0 == expected })
}
