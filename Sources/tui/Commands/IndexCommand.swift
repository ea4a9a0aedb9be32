import ArgumentParser
import Foundation
import ReaderModel

/// `lede index`: brings the index of a library folder up to date, with a progress bar on stderr.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index a library folder (only new and changed files are cleaned).")

    @OptionGroup var library: LibraryOptions

    @Option(help: "Files written per transaction.")
    var batchSize = 256

    @Flag(help: "No progress bar, even on a terminal.")
    var quiet = false

    @Flag(help: "Also print where the time went (database writes and their CPU versus waiting for cleaning).")
    var timings = false

    func run() throws {
        let index = try library.open()
        let bar = IndexProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let summary = try library.indexer(batchSize: batchSize).run(index, progress: bar.show)
        bar.finish()
        for failure in summary.failures { StandardError.print("lede: \(failure)") }
        if timings {
            print(String(format: "timings: %.2f s writing to the database (%.2f s of CPU), %.2f s waiting for cleaning",
                         summary.writeSeconds, summary.writeCPUSeconds, summary.waitSeconds))
        }
        print("\(summary.line); \(try index.articleCount()) articles in \(PrintableText.escaped(index.location.indexPath))")
    }
}
