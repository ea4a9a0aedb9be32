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
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// ArgumentParser's `main` (`exit(withError:)` spelled out), with arguments read by their
    /// bytes and error messages (which may quote a file name) through `StandardError`, which
    /// escapes control characters.
    static func main() {
        do {
            var command = try parseAsRoot(CommandLineArguments.decoded())
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { StandardError.print(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
