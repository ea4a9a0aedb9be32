import Foundation
import Testing
@testable import ReaderModel

@Suite("Loading: encodings")
struct LoadingEncodingTests {
    let loader = ArticleLoader()
    let sample = "Café “Odesa” — Київ, 2.4 billion euros"

    @Test func plainUTF8IsVerbatim() throws {
        let article = try loader.article(from: Array(sample.utf8), source: "a.txt", format: .text)
        #expect(article.text == sample)
        #expect(article.leadingBytes == 0)
        #expect(article.isVerbatimUTF8)
    }

    @Test func utf8ByteOrderMarkIsSkippedAndCounted() throws {
        let article = try loader.article(from: [0xEF, 0xBB, 0xBF] + Array(sample.utf8), source: "a.txt", format: .text)
        #expect(article.text == sample)
        #expect(article.leadingBytes == 3)
        #expect(article.isVerbatimUTF8)
        // The offset of a word in the text plus leadingBytes is its offset in the file.
        let file = [0xEF, 0xBB, 0xBF] + Array(sample.utf8)
        let word = Array("Київ".utf8)
        let textOffset = article.text.utf8.firstRange(of: word)!.lowerBound
        let fileOffset = article.text.utf8.distance(from: article.text.utf8.startIndex, to: textOffset) + article.leadingBytes
        #expect(Array(file[fileOffset..<fileOffset + word.count]) == word)
    }

    @Test func utf8MarkIsBelievedEvenWithBadBytes() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Caf".utf8) + [0xE9])
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "Caf\u{FFFD}")
        #expect(decoded.leadingBytes == 3)
        #expect(!decoded.isVerbatimUTF8)
    }

    @Test func utf16LittleEndianWithMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + sample.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try loader.article(from: bytes, source: "a.txt", format: .text)
        #expect(article.text == sample)
        #expect(article.leadingBytes == 2)
        #expect(!article.isVerbatimUTF8)
    }

    @Test func utf16BigEndianWithMark() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + sample.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let article = try loader.article(from: bytes, source: "a.txt", format: .text)
        #expect(article.text == sample)
        #expect(article.leadingBytes == 2)
    }

    @Test func utf16WithoutMarkIsRecognised() {
        let text = "Plain ASCII page copied as UTF-16 without a mark."
        let decoded = TextDecoder.decode(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(decoded.text == text)
    }

    @Test func oddTrailingUTF16ByteBecomesReplacement() {
        let decoded = TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        #expect(decoded.text == "A\u{FFFD}")
    }

    @Test func windows1252Fallback() throws {
        // "Café – “quoted” €5" in Windows-1252.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x96, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x20, 0x80] + Array("5".utf8)
        let article = try loader.article(from: bytes, source: "a.txt", format: .text)
        #expect(article.text == "Café – “quoted” €5")
        #expect(!article.isVerbatimUTF8)
        #expect(TextDecoder.decode(bytes).encoding == .windows1252)
    }

    @Test func undefinedWindows1252BytesBecomeReplacementNotControls() {
        let decoded = TextDecoder.decode([0x41, 0x81, 0x8D, 0x42])
        #expect(decoded.text == "A\u{FFFD}\u{FFFD}B")
    }

    @Test func mostlyUTF8WithAFewBadBytesIsRepaired() {
        let good = String(repeating: "Київ — “Odesa” ", count: 20)
        let bytes = Array(good.utf8) + [0xC3, 0x28] + Array(good.utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.isVerbatimUTF8)
        #expect(decoded.text.contains("\u{FFFD}("))
        #expect(decoded.text.hasPrefix("Київ"))
    }

    @Test func truncatedSequenceAtEndIsRepaired() {
        let bytes = Array("Київ Київ Київ Київ Київ".utf8) + [0xD0]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.hasSuffix("\u{FFFD}"))
    }

    @Test func htmlCharsetDeclarationIsHonouredForLegacyBytes() throws {
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
        let body: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]  // "Привет"
        let article = try loader.article(from: head + body + Array("</p></body></html>".utf8), source: "a.html", format: .html)
        #expect(article.text.contains("<p>Привет</p>"))
        #expect(!article.isVerbatimUTF8)
    }

    @Test func validUTF8WinsOverAStaleCharsetDeclaration() throws {
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Київ</p></body></html>"
        let article = try loader.article(from: Array(page.utf8), source: "a.html", format: .html)
        #expect(article.text == page)
        #expect(article.isVerbatimUTF8)
    }

    @Test func charsetLabels() {
        #expect(TextEncoding(label: "\"UTF-8\"") == .utf8)
        #expect(TextEncoding(label: "latin1") == .windows1252)
        #expect(TextEncoding(label: "Windows-1251") == .windows1251)
        #expect(TextEncoding(label: "klingon") == nil)
        #expect(EncodingDetector.declaredCharset(Array("<meta charset='Shift_JIS'>".utf8)) == .shiftJIS)
        #expect(EncodingDetector.declaredCharset(Array("<p>no declaration</p>".utf8)) == nil)
    }

    @Test func formatByExtensionAndSniffing() throws {
        #expect(FileTypeRules.fileExtension(of: "dir.d/page.HTM") == "htm")
        #expect(FileTypeRules.fileExtension(of: "dir/.hidden") == "")
        #expect(FileTypeRules.fileExtension(of: "notes") == "")
        #expect(FileTypeRules.format(forExtension: "xhtml") == .html)
        #expect(FileTypeRules.format(forExtension: "text") == .text)
        #expect(FileTypeRules.format(forExtension: "pdf") == nil)
        #expect(FileTypeRules.looksLikeHTML(Array("\u{FEFF}  <!-- saved -->\n<!DOCTYPE html><html>".utf8)))
        #expect(!FileTypeRules.looksLikeHTML(Array("Headline\n\nBody text <b> here".utf8)))
        let html = try loader.article(from: Array("<!doctype html><title>x</title><p>Hello</p>".utf8), source: "page.saved", format: nil)
        #expect(html.format == .html)
        let text = try loader.article(from: Array("Headline\n\nBody.".utf8), source: "page.saved", format: nil)
        #expect(text.format == .text)
    }
}
