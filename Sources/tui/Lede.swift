import ArgumentParser
import Foundation
import ReaderModel

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

    /// ArgumentParser's own `main`, except that an error message (which may quote a file name
    /// or a page's text) has its control characters escaped before it reaches the terminal.
    static func main() {
        do {
            // Arguments by their bytes: a file name that is not UTF-8 must still name its file.
            let arguments = (1..<Int(CommandLine.argc)).map { index in
                let argument = CommandLine.unsafeArgv[index]!
                return FileSystemPath.string(fromBytes: UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument)))
            }
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let escaped = PrintableText.escaped(message, keepingNewlines: true)
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((escaped + (escaped.hasSuffix("\n") ? "" : "\n")).utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
