import Foundation
import Testing
@testable import ReaderModel

@Suite("Loading: refusals")
struct LoadingGuardTests {
    private func refusal(_ bytes: [UInt8], name: String = "page.txt", loader: ArticleLoader = ArticleLoader()) -> LoadError? {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write(name, bytes)
        do {
            _ = try loader.load(path: path)
            return nil
        } catch {
            #expect(error.description.hasPrefix(path + ": "), "message names the file: \(error.description)")
            #expect(!error.description.contains("\n"))
            return LoadError(path: name, kind: error.kind)
        }
    }

    @Test func emptyFile() {
        #expect(refusal([])?.kind == .empty)
    }

    @Test func whitespaceOnlyFile() {
        #expect(refusal(Array(" \n\t\r\n   \n".utf8))?.kind == .blank)
        #expect(refusal([0xEF, 0xBB, 0xBF, 0x20, 0x0A])?.kind == .blank)
    }

    static let binaries: [(bytes: [UInt8], what: String)] = [
        (Array("%PDF-1.7\n%âãÏÓ\n".utf8), "a PDF document"),
        ([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13] as [UInt8], "a PNG image"),
        ([80, 75, 3, 4, 20, 0] as [UInt8], "a ZIP archive (or an Office/EPUB file)"),
        ([255, 216, 255, 224] as [UInt8], "a JPEG image"),
    ]

    @Test(arguments: 0..<binaries.count)
    func knownBinaryFormats(index: Int) {
        let (bytes, what) = Self.binaries[index]
        let error = refusal(bytes, name: "looks-like.txt")
        #expect(error?.kind == .binaryFormat(what))
        #expect(error?.description.contains(what) == true)
    }

    /// gzip is opened (a gzipped page is read as the page): a bare header is a damaged gzip file, not binary.
    @Test func gzipIsOpenedNotRefusedAsBinary() {
        let error = refusal([31, 139, 8, 0], name: "looks-like.txt")
        #expect(error?.kind == .badArchive(.gzip, reason: "truncated compressed data"))
        #expect(error?.description.contains("gzip file") == true)
    }

    @Test func nulBytesMeanBinary() {
        #expect(refusal(Array("Some text".utf8) + [0, 1, 2] + Array("more".utf8))?.kind == .binary)
    }

    @Test func manyControlCharactersMeanBinary() {
        let bytes: [UInt8] = (0..<400).map { (i: Int) -> UInt8 in i % 3 == 0 ? UInt8(1 + i % 7) : 0x61 }
        #expect(refusal(bytes)?.kind == .binary)
    }

    @Test func aFewControlCharactersAreTolerated() throws {
        let text = String(repeating: "A line of an article with an escape \u{1B}[1m here.\n", count: 20) + "\u{07}"
        #expect(refusal(Array(text.utf8)) == nil)
    }

    /// The eight-byte test says yes exactly when some byte is below 0x20 or DEL, whatever the
    /// other bytes (high bytes of UTF-8 text among them), so the skipped chunks count nothing.
    @Test func chunkTestFindsEveryControlByte() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var x = state
            // Bias toward the interesting bytes: controls, DEL, spaces and high bytes.
            let bytes = (0..<8).map { k -> UInt8 in
                let r = UInt8(truncatingIfNeeded: x >> (8 * UInt64(k)))
                switch r % 6 {
                case 0: return r % 0x20
                case 1: return 0x7F
                case 2: return 0x80 | r
                default: return 0x20 + r % 0x5F
                }
            }
            x = bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(BinarySniffer.mayHoldControl(x) == bytes.contains { $0 < 0x20 || $0 == 0x7F })
        }
        let text = Array(String(repeating: "Plain prose of a page, née «quoted» — and more.", count: 50).utf8)
        #expect(!BinarySniffer.looksBinary(text))
        let noisy = text.enumerated().map { $0.offset % 9 == 4 ? UInt8(2) : $0.element }
        #expect(BinarySniffer.looksBinary(noisy))
    }

    @Test func tooLargeIsRefusedBeforeReading() {
        let error = refusal([UInt8](repeating: 0x61, count: 2048), loader: ArticleLoader(maxBytes: 1024))
        #expect(error?.kind == .tooLarge(limit: 1024))
        #expect(error?.description.contains("larger than 1 KiB") == true)
        #expect(LoadError(path: "x", kind: .tooLarge(limit: 16 * 1_048_576)).description == "x: larger than 16 MiB, refused")
    }

    @Test func fileExactlyAtTheLimitLoads() {
        #expect(refusal([UInt8](repeating: 0x61, count: 1024), loader: ArticleLoader(maxBytes: 1024)) == nil)
    }

    @Test func missingFileAndDirectory() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        #expect(throws: LoadError(path: dir.path + "/nope.txt", kind: .unreadable("no such file"))) {
            try ArticleLoader().load(path: dir.path + "/nope.txt")
        }
        #expect(throws: LoadError(path: dir.path, kind: .directory)) { try ArticleLoader().load(path: dir.path) }
    }

    @Test func fifoIsRefusedWithoutBlocking() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path + "/pipe.txt"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: LoadError(path: path, kind: .unreadable("not a regular file"))) { try ArticleLoader().load(path: path) }
    }

    @Test func explicitlyNamedUnknownExtensionIsSniffed() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let html = dir.write("saved.page", "<!DOCTYPE html><html><body><p>Hi</p></body></html>")
        #expect(try ArticleLoader().load(path: html).format == .html)
        let text = dir.write("notes.md", "Headline\n\nA paragraph.")
        #expect(try ArticleLoader().load(path: text).format == .text)
        let binary = dir.write("blob.bin", [0x00, 0x01, 0x02, 0x03])
        #expect(throws: LoadError.self) { try ArticleLoader().load(path: binary) }
    }
}

/// Issue 11: real saved pages carry a few stray NUL bytes; only the share of control bytes
/// makes a file binary.
@Test func aFewStrayNULBytesInASavedPageAreTolerated() throws {
    var bytes = Array(HTMLFixtures.page().utf8)
    for position in [40, bytes.count / 2, bytes.count - 30] { bytes.insert(0, at: position) }
    let article = try ArticleLoader().article(from: bytes, source: "page.html", format: .html)
    let document = Cleaner().clean(article)
    #expect(document.paragraphs.count >= HTMLFixtures.prose.count - 1)
    #expect(!document.paragraphs.joined().contains("\u{0}"))
    // Random bytes are still refused: about a tenth of them are control bytes.
    var generator = SystemRandomNumberGenerator()
    let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    #expect(throws: LoadError.self) { try ArticleLoader().article(from: noise, source: "noise.html", format: .html) }
}
