import Foundation
import ReaderModel

/// What `T` and `R` cost on a warm library, with the reader open on the first article and the sidebar
/// focused on its most salient entity: `T` opens the entity's timeline (its mentions across the library by
/// date, each with its context) and `Esc` closes it; `R` opens the articles related to the open one.
extension Benchmark {
    static var libraryTimeline: Benchmark {
        Benchmark(name: "tui.library-timeline (T on the top entity, Esc)", unit: "mentions") { context in
            let app = try openOnTopEntity(context)
            return {
                app.handle(.key(.char("T")))
                guard case .timeline(_, let list) = app.state.overlay else { throw BenchFailure("T showed no timeline") }
                app.handle(.key(.escape))
                return list.items.count
            }
        }
    }

    static var libraryRelated: Benchmark {
        Benchmark(name: "tui.library-related (R on the first article, Esc)", unit: "articles") { context in
            let app = try openOnTopEntity(context)
            return {
                app.handle(.key(.char("R")))
                guard case .related(let list) = app.state.overlay else { throw BenchFailure("R showed no related articles") }
                app.handle(.key(.escape))
                return list.items.count
            }
        }
    }

    /// The reader on a warm index of the bench library, entities ready, the sidebar focused.
    private static func openOnTopEntity(_ context: BenchContext) throws -> ReaderApp {
        let folder = try IndexBenchLibrary.folder(context)
        let path = try IndexBenchLibrary.warmIndex(context, name: "timeline").location.indexPath
        let source = try LibrarySource(index: try LibraryIndex(library: folder, indexPath: path), indexing: false, entities: true)
        let app = ReaderApp(driver: RecordingDriver(columns: 160, rows: 45), source: source, keyMap: try KeyMap(), exportDirectory: "/tmp")
        app.paintFirstFrame()
        while source.isBusy {
            app.pollSource()
            if source.isBusy { usleep(1000) }
        }
        for key in [Key.tab, .tab] { app.handle(.key(key)) }
        return app
    }
}
