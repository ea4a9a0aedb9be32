import ArgumentParser
import Foundation
import Testing
@testable import tui
import ReaderModel

@Suite("lede clean and lede export")
struct CleanCommandTests {
    private func makeDirectory() -> String {
        let path = NSTemporaryDirectory() + "lede-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func write(_ text: String, to path: String) {
        try! text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func exportNeverOverwritesAnExistingFile() throws {
        let dir = makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        write("Port deal signed\n\nThe agency signed the agreement on Monday in Brussels.\n", to: dir + "/page.txt")
        write("keep me", to: dir + "/out.md")
        var command = try ExportCommand.parse([dir + "/page.txt", "--format", "markdown", "-o", dir + "/out.md"])
        #expect(throws: ExitCode(1)) { try command.run() }
        #expect(try String(contentsOfFile: dir + "/out.md", encoding: .utf8) == "keep me")

        command = try ExportCommand.parse([dir + "/page.txt", "-o", dir + "/out.md", "--force"])
        try command.run()
        #expect(try String(contentsOfFile: dir + "/out.md", encoding: .utf8).hasPrefix("---\n"))
    }

    @Test func exportIntoADirectoryPicksAFreshName() throws {
        let dir = makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        write("Port deal signed\n\nThe agency signed the agreement on Monday in Brussels.\n", to: dir + "/page.txt")
        for _ in 0..<2 { try ExportCommand.parse([dir + "/page.txt", "--format", "json", "-o", dir]).run() }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.hasPrefix("port-deal-signed") })
    }

    @Test func cleanReportsBadFilesButCleansTheRest() throws {
        let dir = makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        write("A headline\n\nA paragraph of the article.\n", to: dir + "/good.txt")
        write("", to: dir + "/empty.txt")
        let command = try CleanCommand.parse([dir + "/empty.txt", dir + "/good.txt", "--format", "json"])
        #expect(throws: ExitCode(1)) { try command.run() }
    }

    @Test func formatOptionParses() throws {
        #expect(try CleanCommand.parse(["x.txt", "--format", "html"]).format == .html)
        #expect(throws: (any Error).self) { try CleanCommand.parse(["x.txt", "--format", "pdf"]) }
        #expect(try CleanCommand.parse(["x.txt"]).format == .text)
        #expect(try ExportCommand.parse(["x.txt"]).format == .markdown)
    }
}

@Suite("lede clean --explain")
struct BlockExplanationTests {
    @Test func labelsAlignAndEvidenceIsIndented() {
        let document = ReaderModel.Document(source: "p.txt", blocks: [
            ExplainedBlock(text: "Headline", role: .title),
            ExplainedBlock(text: "* indicates   required", role: .removed, reason: .newsletter, evidence: "noise vocabulary"),
            ExplainedBlock(text: "Body text.", role: .body),
        ])
        let lines = BlockExplanation.render(document).components(separatedBy: "\n")
        #expect(lines[0] == "== p.txt")
        #expect(lines[1] == "title               Headline")
        #expect(lines[2] == "removed:newsletter  * indicates required")
        #expect(lines[3] == "                    └ noise vocabulary")
        #expect(lines[4] == "body                Body text.")
    }
}
