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

    func validate() throws {
        if SearchQuery(query) == nil {
            throw ValidationError("give at least one word to search for (\"\(PrintableText.escaped(query))\" has no letters or digits)")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let index = try library.open(readOnly: noRefresh)
        let generation = index.generation
        defer { LibraryOptions.reportRecovery(index, since: generation) }
        if let note = index.readOnlyNote, !noRefresh {
            StandardError.print("lede: \(note)")
        } else if index.isBeingWrittenElsewhere, !noRefresh {
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
        // Private-use markers come back in the snippet; the text around them is stripped of any
        // control character (an index built by an older lede may hold some) before they become
        // the real highlight, so a match can never cut an escape sequence in half.
        let placeholders = ("\u{F8FE}", "\u{F8FF}")
        let markers = color ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
        let results = try index.search(query, limit: limit, markers: placeholders)
        if results.isEmpty {
            StandardError.print("no matches for \"\(query)\"")
            throw ExitCode(1)
        }
        for (n, result) in results.enumerated() {
            let snippet = ControlCharacterStripper.strip(result.snippet)
                .split(whereSeparator: \.isNewline).joined(separator: " ")
                .replacingOccurrences(of: placeholders.0, with: markers.0)
                .replacingOccurrences(of: placeholders.1, with: markers.1)
            print("\(n + 1). \(PrintableText.escaped(ControlCharacterStripper.strip(result.title ?? "(untitled)")))")
            print("   \(PrintableText.escaped(result.path))")
            print("   \(snippet)")
        }
    }
}
