import ReaderModel

/// What the TUI does before its first screen: open the warm index and fetch every list row.
extension Benchmark {
    static var indexList: Benchmark {
        Benchmark(name: "index.open+list", unit: "rows") { context in
            let folder = try IndexBenchLibrary.folder(context)
            let path = try IndexBenchLibrary.warmIndex(context, name: "warm").location.indexPath
            return {
                let index = try LibraryIndex(library: folder, indexPath: path)
                return try index.rows().count
            }
        }
    }
}
