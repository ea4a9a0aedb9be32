import ArgumentParser
import Foundation
import ReaderModel

/// `lede add`: saves pages into the library folder from URLs, files or standard input.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Save pages into the library: URLs, files, or - for standard input (e.g. a copy from the clipboard).",
        discussion: "Each is saved under a name made from its cleaned title, never overwriting. A URL already saved (tracking parameters such as utm_* dropped, <link rel=\"canonical\"> followed) is not saved again.")

    @Argument(help: "URLs (http, https), files, or - for standard input.")
    var inputs: [String]

    @Option(help: "The library folder (default: `library` in the config, else $XDG_DATA_HOME/lede/library).")
    var library: String?

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/lede/config.toml).")
    var config: String?

    @Flag(name: .customLong("no-index"), help: "Do not index the library afterwards.")
    var noIndex = false

    func run() throws {
        let index = try LibraryCommandSetup.openIndex(library: library, config: config)
        let intake = LibraryIntake(index: index)
        let fetcher = HTTPFetcher()
        var failures = 0
        var saved = 0
        for input in inputs {
            do {
                switch try add(input, intake: intake, fetcher: fetcher) {
                case .saved(let path, let title):
                    saved += 1
                    print("saved \(PrintableText.escaped(path))" + (title.map { ": \(PrintableText.escaped($0))" } ?? ""))
                case .duplicate(let path):
                    print("already saved: \(PrintableText.escaped(path))")
                }
            } catch {
                failures += 1
                StandardError.print("lede: \(input == "-" ? "standard input" : input): \(error)")
            }
        }
        if saved > 0 && !noIndex { LibraryCommandSetup.index(index) }
        if failures > 0 { throw ExitCode(1) }
    }

    private func add(_ input: String, intake: LibraryIntake, fetcher: HTTPFetcher) throws -> IntakeOutcome {
        let lower = input.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            if let path = try intake.existing([input]) { return .duplicate(path: path) }
            let response = try BlockingAsync.run { await fetcher.fetch(input) }.get()
            return try intake.save(try FetchedPage.page(from: response, requested: input))
        }
        let bytes = try input == "-" ? LibraryCommandSetup.standardInput(maxBytes: ArticleLoader().maxBytes)
            : FileReader.contents(of: input, maxBytes: ArticleLoader().maxBytes)
        return try intake.save(try SavedFilePage.page(bytes: bytes, path: input == "-" ? nil : input))
    }
}
