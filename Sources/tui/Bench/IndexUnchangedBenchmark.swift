import ReaderModel

/// `lede index` again with nothing changed: open the index, stat every file, compare, done.
extension Benchmark {
    static var indexUnchanged: Benchmark {
        Benchmark(name: "index.unchanged", unit: "articles") { context in
            let folder = try IndexBenchLibrary.folder(context)
            let path = try IndexBenchLibrary.warmIndex(context, name: "warm").location.indexPath
            return {
                let index = try LibraryIndex(library: folder, indexPath: path)
                return try Indexer().run(index).unchanged
            }
        }
    }
}
