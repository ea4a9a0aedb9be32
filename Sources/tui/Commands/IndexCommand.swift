import ArgumentParser
import Foundation
import ReaderModel

/// `lede index`: brings the index of a library folder up to date, with a progress bar on stderr.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index a library folder (only new and changed files are cleaned).")

    @Argument(help: "The library folder.")
    var directory: String = "."

    @Option(name: .customLong("index"), help: "The index file (default: one per folder under $XDG_DATA_HOME/lede).")
    var indexPath: String?

    @Option(help: "Files written per transaction.")
    var batchSize = 256

    @Flag(help: "No progress bar, even on a terminal.")
    var quiet = false

    @Flag(help: "Also print where the time went (database writes versus waiting for cleaning).")
    var timings = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(directory) is not a folder")
        }
    }

    func run() throws {
        let index = try LibraryIndex(library: directory, indexPath: indexPath)
        if let note = index.recoveryNote { FileHandle.standardError.write(Data((note + "\n").utf8)) }
        let bar = IndexProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let summary = try Indexer(batchSize: batchSize).run(index, progress: bar.show)
        bar.finish()
        for failure in summary.failures { FileHandle.standardError.write(Data("lede: \(failure)\n".utf8)) }
        if timings {
            print(String(format: "timings: %.2f s writing to the database, %.2f s waiting for cleaning", summary.writeSeconds, summary.waitSeconds))
        }
        print("\(summary.line); \(try index.articleCount()) articles in \(index.location.indexPath)")
    }
}
