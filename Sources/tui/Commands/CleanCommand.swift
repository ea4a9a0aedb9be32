import ArgumentParser

/// `lede clean`: Print cleaned articles.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clean", abstract: "Print cleaned articles.")

    func run() throws {
        throw ValidationError("'lede clean' is not implemented yet")
    }
}
