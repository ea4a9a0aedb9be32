import Foundation
import ReaderModel

/// `tui.first-paint` at 100,000 articles (issue 13): the warm index of the benchmark library with nine copies
/// of every article added (`LibraryIndex.addScaleCopies`), kept under `.build/bench/` between runs.
/// Opt-in (`--filter 100k`): the first run writes about ten times the 10,000-page index.
extension Benchmark {
    static var firstPaintAt100k: Benchmark {
        Benchmark(name: "tui.first-paint-100k (warm library, 10x copies)", unit: "articles") { context in
            let folder = try IndexBenchLibrary.folder(context)
            let path = try ScaledBenchIndex.path(for: context, copies: 9)
            let keyMap = try KeyMap()
            return FirstPaintRun.timed {
                let source = try LibrarySource(index: try LibraryIndex(library: folder, indexPath: path), indexing: false, entities: false)
                let app = ReaderApp(driver: RecordingDriver(columns: 160, rows: 45), source: source, keyMap: keyMap, exportDirectory: "/tmp")
                app.paintFirstFrame()
                return (app, source)
            }
        }
    }
}

/// A benchmark index grown from the warm one by copies of its articles, cached by size and folder.
enum ScaledBenchIndex {
    static func path(for context: BenchContext, copies: Int) throws -> String {
        let base = try IndexBenchLibrary.warmIndex(context, name: "list")
        let digest = String(FileFingerprint.fnv1a(Array(base.location.root.utf8)), radix: 16)
        let here = FileManager.default.currentDirectoryPath
        let directory = FileManager.default.fileExists(atPath: here + "/.build") ? here + "/.build/bench" : NSTemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("first-paint-x\(copies + 1)-\(digest).sqlite")
        let count = try base.articleCount()
        // Complete when it holds every copy: a run cut short is started again.
        if let scaled = try? LibraryIndex(library: base.location.root, indexPath: path), (try? scaled.articleCount()) == count * (copies + 1) {
            return path
        }
        IndexBenchLibrary.removeIndex(at: path)
        try? FileManager.default.removeItem(atPath: path + ".lock")
        _ = try base.scaledCopy(at: path, copies: copies)
        return path
    }
}
