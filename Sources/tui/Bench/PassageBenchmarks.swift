import ReaderModel

/// Passage matching: what it adds to indexing an article (splitting, normalising and hashing a
/// cleaned document, to compare with `clean-text`), and the reader's lookup of an open article's
/// repeated passages in a warm library index (key lookup, candidates' passages read, matched).
extension Benchmark {
    static var passagesExtract: Benchmark {
        Benchmark(name: "passages.extract", unit: "pages", prepareWork: { context in
            let found = try TextPageSource.pages(corpus: context.corpus)
            guard !found.isEmpty else { throw CleanTextBenchmarkError.noPages }
            let pages = context.corpus.isEmpty ? TextPageGrower.grow(found) : found
            let cleaner = Cleaner()
            let documents = pages.map { cleaner.clean($0, site: nil, explains: false) }
            let passes = max(1, 2_000 / documents.count)
            let bytesPerPass = documents.reduce(0) { total, doc in total + doc.paragraphs.reduce(doc.standfirst?.utf8.count ?? 0) { $0 + $1.utf8.count } }
            let extractor = PassageExtractor()
            return {
                var units = 0
                for _ in 0..<passes {
                    for document in documents { units += extractor.passages(of: document).units.count }
                }
                precondition(units >= 0)
                return BenchWork(units: passes * documents.count, bytes: passes * bytesPerPass)
            }
        })
    }

    static var indexPassages: Benchmark {
        Benchmark(name: "index.passages", unit: "articles") { context in
            let index = try IndexBenchLibrary.warmIndex(context, name: "warm")
            let picks = try IndexBenchLibrary.spreadArticleIDs(index)
            return {
                for id in picks {
                    guard try index.passageReport(of: id) != nil else { throw BenchFailure("article \(id) has no passage report") }
                }
                return picks.count
            }
        }
    }
}
