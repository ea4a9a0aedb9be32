import Foundation
import Testing
@testable import ReaderModel

/// Issue 12, item 12: a file name that is not valid UTF-8 is read by its bytes, not skipped.
@Suite struct FileNameBytesTests {
    /// Creates `name` (raw bytes) in `directory` holding a small article.
    static func create(_ name: [UInt8], in directory: String) {
        let path = Array(directory.utf8) + [0x2F] + name + [0]
        let fd = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } }
        precondition(fd >= 0)
        let text = Array("Ferry pier vote\n\nThe council of Marrow Bay voted on Tuesday to rebuild the old ferry pier after three years of debate.\n".utf8)
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func latin1NamedFileIsListedReadAndPrintable() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        Self.create(Array("caf".utf8) + [0xE9] + Array(".txt".utf8), in: dir.path)
        let report = ArticleLoader().loadReport([dir.path])
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.articles.count == 1)
        let source = try #require(report.articles.first?.source)
        #expect(PrintableText.escaped(source).hasSuffix("/caf\\xE9.txt"))
        // The same path opens again (the index re-reads and re-stats files by it).
        #expect(try ArticleLoader().load(path: source).text.hasPrefix("Ferry pier vote"))
        #expect(FileFingerprint.stat(path: source) != nil)
    }

    @Test func bytesRoundTrip() {
        let cases: [[UInt8]] = [Array("plain.txt".utf8), [0xE9], [0xC3], [0xF0, 0x9F, 0x98], [0xFF, 0x41, 0xC3, 0xA9], Array("Київ".utf8) + [0x80]]
        for bytes in cases {
            let path = FileSystemPath.string(fromBytes: bytes)
            let back = FileSystemPath.withCString(path) { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0))) }
            #expect(back == bytes)
        }
    }
}
