import Foundation
import ReaderModel

/// `clean-html`: every saved HTML page of the corpus cleaned once per run (parse, find content,
/// metadata, Document); compare with trafilatura on the same files (target: 5x faster).
enum CleanHTMLBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "clean-html", unit: "pages") { context in
            let articles = pages(context)
            let cleaner = Cleaner()
            return {
                var paragraphs = 0
                for article in articles { paragraphs += cleaner.clean(article, explains: false).paragraphs.count }
                precondition(paragraphs >= 0)  // uses the result so the work cannot be optimised away
                return articles.count
            }
        }
    }

    /// The saved HTML pages of `--corpus`, else of the demo corpus (the seeds are text copies);
    /// where there are none, a synthetic page with the usual furniture, repeated.
    static func pages(_ context: BenchContext) -> [Article] {
        let paths = context.corpus.isEmpty ? ["Demo"] : context.corpus
        let articles = ArticleLoader().loadAll(paths).articles.filter { $0.format == .html }
        guard articles.isEmpty else { return articles }
        return (0..<50).map { Article(source: "synthetic-\($0).html", format: .html, text: syntheticHTMLPage(seed: $0)) }
    }

    /// A page of original filler text shaped like a news site: menu, article, share bar, related list, footer.
    static func syntheticHTMLPage(seed: Int) -> String {
        let sentence = "The harbour committee met on a wet Tuesday, agreed on the budget for the new pier, and promised a second vote in spring."
        let paragraphs = (0..<14).map { "<p>\(sentence) Item \(seed)-\($0).</p>" }.joined(separator: "\n")
        let menu = (0..<40).map { "<li><a href=\"/s\($0)\">Section \($0)</a></li>" }.joined()
        let related = (0..<12).map { "<li><a href=\"/r\($0)\">Another story about the pier, part \($0)</a></li>" }.joined()
        return """
        <!DOCTYPE html><html><head><title>Pier budget agreed | Harbour Times</title>
        <meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2024-04-29T15:10:00Z">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier budget agreed","author":{"name":"Ann Writer"}}</script>
        <script>var x = 1;</script><style>p{}</style></head><body>
        <header><nav><ul>\(menu)</ul></nav></header>
        <main><article><h1>Pier budget agreed</h1><div class="byline">By Ann Writer</div>
        <figure><img src="a.jpg"><figcaption>The old pier at dusk. Photo: Staff</figcaption></figure>
        <div class="article-body">\(paragraphs)<div class="ad-slot">Advertisement</div></div>
        <div class="share-bar"><a href="#">Share</a><a href="#">Tweet</a></div></article>
        <aside class="related"><h2>Related</h2><ul>\(related)</ul></aside></main>
        <footer><p>Copyright Harbour Times. All rights reserved.</p></footer></body></html>
        """
    }
}
