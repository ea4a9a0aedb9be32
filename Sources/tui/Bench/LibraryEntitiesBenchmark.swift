import Foundation
import ReaderModel

/// What the entity sidebar and m/M cost on a warm library: open it, group the stored entities' variants
/// (the `entity` table only), show the first article's sidebar, select its most mentioned entity and press
/// `m` 20 times (on into the other articles that mention it), through the real app and a recording terminal.
extension Benchmark {
    static var libraryEntities: Benchmark {
        Benchmark(name: "tui.library-entities (open, group, select, m x20)", unit: "articles") { context in
            let open = try IndexBenchLibrary.openReader(context, entities: true)
            return {
                let (app, source) = try open()
                while source.isBusy {
                    app.pollSource()
                    if source.isBusy { usleep(1000) }
                }
                // Tab twice to the sidebar (its cursor is on the most mentioned entity of the first type), Enter, m x20.
                for key in [Key.tab, .tab, .enter] { app.handle(.key(key)) }
                for _ in 0..<20 { app.handle(.key(.char("m"))) }
                guard app.state.mention != nil else { throw BenchFailure("m found no mention") }
                return source.summaries.count
            }
        }
    }
}

/// A benchmark that could not do its work.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
