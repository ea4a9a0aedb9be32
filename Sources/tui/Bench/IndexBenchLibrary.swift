import Foundation
import ReaderModel

/// The library the index benchmarks run on: the `--corpus` folder, else a synthetic one of
/// `LEDE_BENCH_FILES` pages (default 10,000, about 120 MB), each with its own index file in a temp dir.
enum IndexBenchLibrary {
    static func folder(_ context: BenchContext) throws -> String {
        if let given = context.corpus.first { return given }
        let files = ProcessInfo.processInfo.environment["LEDE_BENCH_FILES"].flatMap(Int.init) ?? 10_000
        return try SyntheticLibrary(files: files, seed: 20_241_123).materialize()
    }

    /// Up to `count` article ids spread evenly over the library, so per-article figures cover cold pages too.
    static func spreadArticleIDs(_ index: LibraryIndex, count: Int = 200) throws -> [Int64] {
        let rows = try index.rows()
        return stride(from: 0, to: rows.count, by: max(1, rows.count / count)).prefix(count).map { rows[$0].id }
    }

    /// A fresh (deleted) index path for one benchmark.
    static func freshIndexPath(_ name: String) -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-bench-\(name).sqlite")
        removeIndex(at: path)
        return path
    }

    static func removeIndex(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// An index of the library, kept between runs (brought up to date incrementally), for the read benchmarks.
    static func warmIndex(_ context: BenchContext, name: String) throws -> LibraryIndex {
        // One per folder: an index belongs to one folder, and another --corpus must not reuse it.
        let folder = try folder(context)
        let digest = String(FileFingerprint.fnv1a(Array(LibraryLocation(root: folder).root.utf8)), radix: 16)
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-bench-\(name)-\(digest).sqlite")
        let index = try LibraryIndex(library: folder, indexPath: path)
        try Indexer().run(index)
        return index
    }

    /// `lede DIR` on the warm library (no indexing), painting into a recording 160x45 terminal.
    static func openReader(_ context: BenchContext, entities: Bool) throws -> () throws -> (ReaderApp, LibrarySource) {
        let folder = try folder(context)
        let path = try warmIndex(context, name: "list").location.indexPath
        let keyMap = try KeyMap()
        return {
            let source = try LibrarySource(index: try LibraryIndex(library: folder, indexPath: path), indexing: false, entities: entities)
            let app = ReaderApp(driver: RecordingDriver(columns: 160, rows: 45), source: source, keyMap: keyMap, exportDirectory: "/tmp")
            app.paintFirstFrame()
            return (app, source)
        }
    }
}
