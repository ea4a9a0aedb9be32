import ArgumentParser

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
}
