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

    @Flag(help: "Name every file and folder that could not be read.")
    var verbose = false

    func run() throws {
        let index = try library.open()
        let generation = index.generation
        defer { LibraryOptions.reportRecovery(index, since: generation) }
        let bar = IndexProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let summary: IndexSummary
        do {
            summary = try LibraryOptions.indexer(for: index, batchSize: batchSize).run(index, progress: bar.show)
        } catch {
            bar.finish()
            guard let message = index.diskProblem(error) else { throw error }
            StandardError.print("lede: \(message)")
            throw ExitCode(1)
        }
        bar.finish()
        for failure in summary.failures { StandardError.print("lede: \(failure)") }
        if verbose {
            for problem in summary.unreadable { StandardError.print("lede: \(problem)") }
        } else if !summary.unreadable.isEmpty {
            StandardError.print("lede: \(summary.unreadable.count) file(s) or folder(s) could not be read; their last indexed versions were kept (--verbose names them)")
        }
        if timings {
            print(String(format: "timings: %.2f s writing to the database (%.2f s of CPU), %.2f s waiting for cleaning",
                         summary.writeSeconds, summary.writeCPUSeconds, summary.waitSeconds))
        }
        print("\(summary.line); \(try index.articleCount()) articles in \(PrintableText.escaped(index.location.indexPath))")
        // The index is as complete as it can be, but the folder was not read whole: say so in the status.
        if !summary.unreadable.isEmpty { throw ExitCode(1) }
    }
}
