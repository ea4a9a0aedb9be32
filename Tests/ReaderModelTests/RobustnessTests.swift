import Foundation
import Testing
@testable import ReaderModel

/// Whatever bytes arrive, loading and cleaning return a result or a `LoadError`; they never crash.
@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator so failures can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func loadAndClean(_ bytes: [UInt8], format: Article.Format?) {
        guard let article = try? ArticleLoader().article(from: bytes, source: "fuzz", format: format) else { return }
        let document = Cleaner().clean(article, site: SiteContext(articles: [article]))
        for format in ExportFormat.allCases { _ = Exporter.render(document, as: format) }
    }

    @Test(arguments: 0..<300)
    func randomBytes(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed))
        let count = Int.random(in: 0...4096, using: &generator)
        // Mix buffers of raw noise with buffers biased towards text and towards UTF-8 lead bytes.
        let bytes: [UInt8] = (0..<count).map { _ in
            switch seed % 3 {
            case 0: return UInt8.random(in: 0...255, using: &generator)
            case 1: return Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            default: return [0x0A, 0x3C, 0x3E, 0x2F, 0x61, 0xC3, 0xE2, 0x80, 0x9C, 0xF0, 0x26].randomElement(using: &generator)!
            }
        }
        loadAndClean(bytes, format: seed % 2 == 0 ? .text : .html)
        loadAndClean(bytes, format: nil)
        _ = TextDecoder.decode(bytes, honouringHTMLCharset: true)
    }

    @Test(arguments: 0..<40)
    func truncatedHTML(step: Int) {
        let fraction = Double(step) / 40
        let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Port deal &amp; storm</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port deal","articleBody":"Text"}</script>
        </head><body><nav><a href="/">Home</a></nav><article><h1>Port deal signed</h1>
        <p class="byline">By A. Writer</p><p>First paragraph with “quotes” and Київ.</p>
        <figure><img src="x.jpg"><figcaption>A caption 🌊</figcaption></figure>
        <div class="newsletter">Sign up * indicates required</div><p>Last paragraph.</p></article></body></html>
        """
        let bytes = Array(page.utf8)
        loadAndClean(Array(bytes.prefix(Int(Double(bytes.count) * fraction))), format: .html)
    }

    @Test func hugeSingleLine() throws {
        let line = String(repeating: "word, another word; and “Київ” again. ", count: 75_000)  // 3 MB, no newline
        let article = try ArticleLoader().article(from: Array(line.utf8), source: "line.txt", format: .text)
        #expect(article.text.utf8.count == line.utf8.count)
        _ = JSONExporter.render(Cleaner().clean(article))
        let page = try ArticleLoader().article(from: Array(("<p>" + line).utf8), source: "line.html", format: .html)
        _ = JSONExporter.render(Cleaner().clean(page))
    }

    @Test func deeplyNestedHTML() {
        let page = String(repeating: "<div>", count: 20_000) + "text" + String(repeating: "</div>", count: 5)
        loadAndClean(Array(page.utf8), format: .html)
    }
}
