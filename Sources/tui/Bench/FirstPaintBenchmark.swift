import Dispatch
import ReaderModel

/// What `lede DIR` does before its first screen on a warm library: open the index, read the list's
/// first page, load and wrap the first article, paint 160x45 (into a recording terminal). Indexing is left out.
extension Benchmark {
    static var firstPaint: Benchmark {
        Benchmark(name: "tui.first-paint (warm library)", unit: "articles") { context in
            FirstPaintRun.timed(try IndexBenchLibrary.openReader(context, entities: false))
        }
    }
}

/// One timed first paint.
enum FirstPaintRun {
    /// Times `open` up to its first paint; then waits, untimed, for the rest of the list (read after the
    /// first paint), so it neither counts nor slows the next run.
    static func timed(_ open: @escaping () throws -> (ReaderApp, LibrarySource)) -> () throws -> BenchWork {
        {
            let start = DispatchTime.now().uptimeNanoseconds
            let (_, source) = try open()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            source.settleList()
            return BenchWork(units: source.articleTotal, measuredSeconds: seconds)
        }
    }
}
