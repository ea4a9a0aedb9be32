import ReaderModel

/// The database side alone: writing already-cleaned articles in batches, so it can be compared
/// with the cleaning cost (the DB must never be the bottleneck).
extension Benchmark {
    static var indexWrite: Benchmark {
        Benchmark(name: "index.db-write", unit: "articles") { context in
            let folder = try IndexBenchLibrary.folder(context)
            let path = IndexBenchLibrary.freshIndexPath("db-write")
            // Pre-clean up to 2,000 files once (all of them would not fit comfortably in memory).
            let files = LibraryScanner().scan(root: folder).sorted { $0.key < $1.key }.prefix(2_000)
            let indexer = Indexer()
            let batches = stride(from: 0, to: files.count, by: indexer.batchSize).map { start in
                indexer.analyze(paths: files.dropFirst(start).prefix(indexer.batchSize).map(\.key))
            }
            return {
                IndexBenchLibrary.removeIndex(at: path)
                let index = try LibraryIndex(library: folder, indexPath: path)
                for batch in batches { try index.write(batch) }
                return files.count
            }
        }
    }
}
