import ArgumentParser
import Foundation
import ReaderModel

/// `lede search`: full-text search of a library's index, best matches first, with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of an indexed library (the index is brought up to date first).")

    @Argument(help: "Words to find (all of them must occur).")
    var query: String

    @OptionGroup var library: LibraryOptions

    @Option(help: "At most this many matches.")
    var limit = 20

    @Flag(help: "Search the index as it is, without looking for new or changed files first.")
    var noRefresh = false

    func run() throws {
        let index = try library.open()
        let generation = index.generation
        defer { LibraryOptions.reportRecovery(index, since: generation) }
        if index.isBeingWrittenElsewhere, !noRefresh {
            StandardError.print("lede: another lede process is indexing \(index.location.root); searching the index as it is")
        } else if !noRefresh {
            let summary: IndexSummary
            do {
                summary = try LibraryOptions.indexer(for: index).run(index)
            } catch {
                guard let message = index.diskProblem(error) else { throw error }
                StandardError.print("lede: \(message)")
                throw ExitCode(1)
            }
            if !summary.unreadable.isEmpty {
                StandardError.print("lede: \(summary.unreadable.count) file(s) or folder(s) could not be read; searching their last indexed versions (lede index --verbose names them)")
            }
        }
        let color = isatty(STDOUT_FILENO) == 1
        let markers = color ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
        let results = try index.search(query, limit: limit, markers: markers)
        if results.isEmpty {
            StandardError.print("no matches for \"\(query)\"")
            throw ExitCode(1)
        }
        for (n, result) in results.enumerated() {
            print("\(n + 1). \(result.title ?? "(untitled)")")
            print("   \(result.path)")
            print("   \(result.snippet.split(whereSeparator: \.isNewline).joined(separator: " "))")
        }
    }
}
