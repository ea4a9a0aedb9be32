import ArgumentParser

/// `lede export`: Export a cleaned article to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a cleaned article to a file.")

    func run() throws {
        throw ValidationError("'lede export' is not implemented yet")
    }
}
