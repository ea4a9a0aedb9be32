import ArgumentParser

/// `lede search`: Full-text search of an indexed library.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Full-text search of an indexed library.")

    func run() throws {
        throw ValidationError("'lede search' is not implemented yet")
    }
}
