import ReaderModel

/// What `lede DIR` does before its first screen on a warm library: open the index, read the list,
/// load and wrap the first article, paint 160x45 (into a recording terminal). Indexing is left out.
extension Benchmark {
    static var firstPaint: Benchmark {
        Benchmark(name: "tui.first-paint (warm library)", unit: "articles") { context in
            let open = try IndexBenchLibrary.openReader(context, entities: false)
            return { try open().1.summaries.count }
        }
    }
}
