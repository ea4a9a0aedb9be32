import ArgumentParser
import Foundation

/// The `lede` command: the reader by default, and the batch subcommands.
@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal news reader that cleans saved articles and links their entities.",
        subcommands: [
            ReadCommand.self, CleanCommand.self, ExportCommand.self, EntitiesCommand.self,
            IndexCommand.self, SearchCommand.self, BenchCommand.self,
            AddCommand.self, FeedCommand.self, FetchCommand.self,
            StoriesCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// ArgumentParser's `main` (`exit(withError:)` spelled out), plus a check that the output arrived:
    /// a command (or its help) whose stdout or stderr lost bytes exits 1 whatever it returned.
    static func main() {
        var failure: Error?
        do {
            var command = try parseAsRoot(CommandLineArguments.decoded())
            try command.run()
        } catch {
            failure = error
        }
        var code = failure.map { exitCode(for: $0) } ?? .success
        if let failure {
            let message = fullMessage(for: failure)
            if !message.isEmpty {
                if code == .success { print(message) } else { StandardError.print(message) }
            }
        }
        if let problem = StandardOutput.finish() {
            StandardError.print(problem)  // may be lost too, but the exit status is not
            if code == .success { code = .failure }
        }
        Foundation.exit(code.rawValue)
    }
}
