import ArgumentParser

/// `lede index`: Index a library folder.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Index a library folder.")

    func run() throws {
        throw ValidationError("'lede index' is not implemented yet")
    }
}
