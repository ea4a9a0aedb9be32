import ReaderModel

/// Opening articles from a warm index as the reader does on Enter: 200 documents spread over the
/// whole library (decoded from their stored form), so the per-article figure covers cold pages too.
extension Benchmark {
    static var indexOpenArticle: Benchmark {
        Benchmark(name: "index.open-article", unit: "articles") { context in
            let index = try IndexBenchLibrary.warmIndex(context, name: "warm")
            let picks = try IndexBenchLibrary.spreadArticleIDs(index)
            return {
                for id in picks {
                    guard try index.document(id: id) != nil else { throw BenchFailure("article \(id) did not open") }
                }
                return picks.count
            }
        }
    }
}
