import ArgumentParser
import Foundation
import ReaderModel

/// `lede clean`: Print cleaned articles.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Print cleaned articles.",
        discussion: "Files given together (or found in the same directories) are cleaned together, so lines repeated across pages of one site count as site chrome. With --format json, one JSON object per article, one per line."
    )

    @Argument(help: "Saved pages (.txt, .html, .mhtml, .webarchive, .html.gz) or directories of them.")
    var files: [String]

    @Option(help: "Output format: text, markdown, json or html.")
    var format: ExportFormat = .text

    @Flag(help: "Show every block of the page with its label and the reason it was kept or removed.")
    var explain = false

    func run() throws {
        InterruptionNotice.install(command: "lede clean")
        let report = ArticleLoader().loadReport(files)
        for failure in report.failures { StandardError.print(failure.description) }
        let documents = Corpus.clean(report.articles, explains: explain)
        // The output is gathered as UTF-8 bytes and written in pieces of 64 KB or so.
        var output: [UInt8] = []
        for (index, document) in documents.enumerated() {
            if let limit = document.limits.first {  // one line per page; --explain lists them all
                StandardError.print("lede: \(PrintableText.escaped(document.source)): not read whole: \(limit.description)")
            }
            if explain {
                output.append(contentsOf: BlockExplanation.render(document).utf8)
            } else if format == .json {
                // JSON is one object per line, its bytes written as the exporter makes them (no String).
                JSONExporter.render(document, into: &output)
                output.append(UInt8(ascii: "\n"))
            } else {
                // The readable formats get a separator between articles.
                if index > 0 { output.append(contentsOf: (format == .markdown ? "\n" : "\n\n").utf8) }
                output.append(contentsOf: Exporter.render(document, as: format).utf8)
            }
            if output.count > 1 << 16 { StandardOutput.write(output); output.removeAll(keepingCapacity: true) }
        }
        StandardOutput.write(output)
        if report.articles.isEmpty, report.failures.isEmpty {
            // Files passed over in folders are named by count, so "nothing found" is not a mystery.
            let skipped = report.skipped.count
            let why = skipped == 0 ? "" : " (\(skipped) \(skipped == 1 ? "file" : "files") skipped: in folders only .txt, .text, .html, .htm, .xhtml and .shtml files (also gzipped, as .html.gz), .mhtml, .mht and .webarchive files and files without an extension are read)"
            StandardError.print("lede clean: no saved pages found in \(files.map { PrintableText.escaped($0) }.joined(separator: " "))\(why)")
            throw ExitCode(1)
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
