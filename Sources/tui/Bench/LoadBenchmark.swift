import ReaderModel

extension Benchmarks {
    /// Reading the corpus from disk into articles: walk, size and binary guards, encoding detection.
    static var load: Benchmark {
        Benchmark(name: "load", unit: "pages") { context in
            let paths = context.pagePaths
            let loader = ArticleLoader()
            return { loader.loadReport(paths).articles.count }
        }
    }
}
