import ArgumentParser

/// `lede read`: Open the reader (the default).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the reader (the default).")

    func run() throws {
        throw ValidationError("'lede read' is not implemented yet")
    }
}
