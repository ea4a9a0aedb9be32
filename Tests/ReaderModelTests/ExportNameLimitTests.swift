import Foundation
import Testing
@testable import ReaderModel

/// Issue 12, items 13 and 15: export names fit the file system in bytes, temporary names too;
/// a failed export names the file it tried to write.
@Suite struct ExportNameLimitTests {
    /// 70 letters of four UTF-8 bytes each (mathematical bold capitals fold to themselves... so
    /// use an ancient script: Gothic letters are letters, four bytes each).
    static let longTitle = String(repeating: "\u{10330}\u{10331}\u{10332}\u{10333}\u{10334} ", count: 14)

    @Test func slugIsCappedInBytes() {
        let slug = ExportFileName.slug(Self.longTitle)
        #expect(slug.utf8.count <= ExportFileName.maxSlugBytes)
        #expect(!slug.isEmpty && slug != "article")
        // One unbroken word of 4-byte letters is cut at a character boundary.
        let word = ExportFileName.slug(String(repeating: "\u{10330}", count: 200))
        #expect(word.utf8.count <= ExportFileName.maxSlugBytes && word.utf8.count % 4 == 0)
    }

    @Test func longTitlesExportUnderAFreshName() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let document = Document(source: "a.txt", title: Self.longTitle, paragraphs: ["Body."])
        for format in ExportFormat.allCases {
            let path = try Exporter.writeFresh(document, as: format, in: dir.path)
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func anExplicitNameAtTheLimitCanBeWritten() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let name = String(repeating: "n", count: 250) + ".md"   // 253 bytes: the temporary name must not add to it
        try AtomicWriter.write(Array("x".utf8), to: dir.path + "/" + name, force: false)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/" + name))
        #expect((try FileManager.default.contentsOfDirectory(atPath: dir.path)) == [name])
    }

    @Test func aFailedFreshExportNamesTheFileItTriedToWrite() throws {
        let dir = TemporaryDirectory()
        defer { chmod(dir.path, 0o755); dir.remove() }
        dir.write("port-deal.md", "existing")
        chmod(dir.path, 0o555)
        guard access(dir.path, W_OK) != 0 else { return }  // root writes anyway: nothing to test
        let document = Document(source: "a.txt", title: "Port deal", paragraphs: ["Body."])
        #expect {
            try Exporter.writeFresh(document, as: .markdown, in: dir.path)
        } throws: { error in
            (error as? WriteError)?.path == dir.path + "/port-deal-2.md"
        }
    }
}
