import ArgumentParser
import Foundation
import ReaderModel

/// `lede export`: Export a cleaned article to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a cleaned article to a file.",
        discussion: "Without -o the file gets a fresh name made from the title in the current directory. An existing file is never replaced unless --force is given."
    )

    @Argument(help: "A saved page (.txt or .html).")
    var file: String

    @Option(help: "Export format: markdown, text, json or html.")
    var format: ExportFormat = .markdown

    @Option(name: [.short, .customLong("output")], help: "The file to write, or a directory to write a fresh name into.")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func run() throws {
        do {
            let document = Cleaner().clean(try ArticleLoader().load(path: file))
            let path: String
            if let output, !isDirectory(output) {
                try Exporter.write(document, as: format, to: output, force: force)
                path = output
            } else {
                path = try Exporter.writeFresh(document, as: format, in: output ?? ".")
            }
            print(PrintableText.escaped(path))
        } catch let error as LoadError {
            StandardError.print(error.description)
            throw ExitCode(1)
        } catch let error as WriteError {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
