import ArgumentParser

/// `lede entities`: List the entities of articles.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "List the entities of articles.")

    func run() throws {
        throw ValidationError("'lede entities' is not implemented yet")
    }
}
