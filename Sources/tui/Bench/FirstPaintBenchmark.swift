import ReaderModel

/// What `lede DIR` does before its first screen on a warm library: open the index, read the list,
/// load and wrap the first article, paint 160x45 (into a recording terminal). Indexing is left out.
extension Benchmark {
    static var firstPaint: Benchmark {
        Benchmark(name: "tui.first-paint (warm library)", unit: "articles") { context in
            let folder = try IndexBenchLibrary.folder(context)
            let path = try IndexBenchLibrary.warmIndex(context, name: "list").location.indexPath
            let keyMap = try KeyMap()
            return {
                let source = try LibrarySource(index: try LibraryIndex(library: folder, indexPath: path), indexing: false, entities: false)
                let app = ReaderApp(driver: RecordingDriver(columns: 160, rows: 45), source: source, keyMap: keyMap, exportDirectory: "/tmp")
                app.paintFirstFrame()
                return source.summaries.count
            }
        }
    }

}
