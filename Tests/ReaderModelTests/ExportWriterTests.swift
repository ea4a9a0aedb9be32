import Foundation
import Testing
@testable import ReaderModel

@Suite("Export: atomic writes")
struct ExportWriterTests {
    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func entries(_ dir: TemporaryDirectory) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()) ?? []
    }

    @Test func writesNewFileAndLeavesNoTemporaryFiles() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        try AtomicWriter.write(Array("hello".utf8), to: dir.path + "/out.md", force: false)
        #expect(contents(dir.path + "/out.md") == "hello")
        #expect(entries(dir) == ["out.md"])
    }

    @Test func neverOverwritesWithoutForce() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write("out.md", "original")
        #expect(throws: WriteError(path: path, kind: .exists)) {
            try AtomicWriter.write(Array("new".utf8), to: path, force: false)
        }
        #expect(contents(path) == "original")
        #expect(entries(dir) == ["out.md"])
        #expect(WriteError(path: path, kind: .exists).description.contains("--force"))
        // A control byte in the name is shown escaped, never sent to the terminal.
        #expect(!WriteError(path: "/tmp/a\u{1B}[2Jb.md", kind: .isDirectory).description.contains("\u{1B}"))
    }

    @Test func forceReplacesAtomically() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write("out.md", "original")
        try AtomicWriter.write(Array("new".utf8), to: path, force: true)
        #expect(contents(path) == "new")
        #expect(entries(dir) == ["out.md"])
    }

    @Test func refusesDirectoriesAndMissingFolders() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        #expect(throws: WriteError(path: dir.path, kind: .isDirectory)) {
            try AtomicWriter.write([1], to: dir.path, force: true)
        }
        let missing = dir.path + "/no/such/dir/out.md"
        #expect(throws: WriteError(path: missing, kind: .failed("its directory does not exist"))) {
            try AtomicWriter.write([1], to: missing, force: false)
        }
    }

    @Test func freshNamesCountUp() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let doc = Document(source: "s.txt", title: "Port Deal Signed", paragraphs: ["Body."])
        let first = try Exporter.writeFresh(doc, as: .markdown, in: dir.path)
        let second = try Exporter.writeFresh(doc, as: .markdown, in: dir.path)
        dir.write("port-deal-signed-3.md", "someone else's")
        let fourth = try Exporter.writeFresh(doc, as: .markdown, in: dir.path)
        #expect(first == dir.path + "/port-deal-signed.md")
        #expect(second == dir.path + "/port-deal-signed-2.md")
        #expect(fourth == dir.path + "/port-deal-signed-4.md")
        #expect(contents(dir.path + "/port-deal-signed-3.md") == "someone else's")
        #expect(ExportFileName.freshPath(in: dir.path, title: "Port Deal Signed", format: .markdown) == dir.path + "/port-deal-signed-5.md")
        #expect(entries(dir).count == 4)
    }

    @Test func concurrentFreshWritersNeverShareAName() async throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let doc = Document(source: "s.txt", title: "Race", paragraphs: ["Body."])
        let path = dir.path
        let paths = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { try Exporter.writeFresh(doc, as: .text, in: path) } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(paths).count == 16)
        #expect(entries(dir).count == 16)
    }
}
