import Foundation
import ReaderModel

/// `clean-html.vs-libxml2`: in each run, the same saved pages parsed by libxml2 alone (the whole
/// page, the cleaner's options, tree freed) and then cleaned as `lede clean` does without --explain; reports the clean's median
/// with the parse's median beside it and their ratio (target: within 2x).
enum CleanHTMLVersusParseBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "clean-html.vs-libxml2", unit: "pages") { context in
            let articles = CleanHTMLBenchmark.pages(context)
            let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
            let cleaner = Cleaner()
            return {
                let start = DispatchTime.now().uptimeNanoseconds
                var roots = 0
                for article in articles where HTMLParseBaseline.parse(article.text) { roots += 1 }
                let parsed = DispatchTime.now().uptimeNanoseconds
                var paragraphs = 0
                for article in articles { paragraphs += cleaner.clean(article, explains: false).paragraphs.count }
                let cleaned = DispatchTime.now().uptimeNanoseconds
                precondition(roots + paragraphs >= 0)  // uses the results so the work cannot be optimised away
                return BenchWork(units: articles.count, bytes: bytes, measuredSeconds: Double(cleaned - parsed) / 1e9,
                                 referenceSeconds: Double(parsed - start) / 1e9, referenceName: "libxml2 parse")
            }
        }
    }
}
