import ReaderModel

/// `lede index` on a library with no index yet: scan, clean on both cores, write everything.
extension Benchmark {
    static var indexCold: Benchmark {
        Benchmark(name: "index.cold", unit: "articles") { context in
            let folder = try IndexBenchLibrary.folder(context)
            let path = IndexBenchLibrary.freshIndexPath("cold")
            return {
                IndexBenchLibrary.removeIndex(at: path)
                let index = try LibraryIndex(library: folder, indexPath: path)
                // What `lede index` runs: the site context is sampled afresh each repetition.
                return try SiteSampledAnalysis(root: folder).indexer().run(index).added
            }
        }
    }
}
