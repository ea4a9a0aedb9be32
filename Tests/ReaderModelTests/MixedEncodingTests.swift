import Testing
@testable import ReaderModel

/// A page that is UTF-8 in places and Windows-1252 in others reads each part in its own encoding,
/// where the whole page used to be read as Windows-1252 ("youâ€™re").
struct MixedEncodingTests {
    static let curly = Array("The ferry’s pilot said “not today” twice.".utf8)
    static let legacyQuote: [UInt8] = Array("Ticket office".utf8) + [0x92] + Array("s hours: 9".utf8) + [0x96] + Array("5 ".utf8)

    @Test func declaredUTF8PageWithPastedWindows1252BytesKeepsBoth() {
        let head = Array("<html><head><meta charset=\"utf-8\"></head><body><p>".utf8)
        let body = Self.curly + Array(" ".utf8) + Self.legacyQuote + Self.legacyQuote + Self.legacyQuote
        let decoded = TextDecoder.decode(head + body + Array("</p></body></html>".utf8), honouringHTMLCharset: true)
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.isVerbatimUTF8)
        #expect(decoded.text.contains("The ferry’s pilot said “not today” twice."))
        #expect(decoded.text.contains("Ticket office’s hours: 9–5"))
    }

    @Test func undeclaredTextWithBothEncodingsKeepsBoth() {
        let decoded = TextDecoder.decode(Self.curly + Self.legacyQuote + Self.legacyQuote)
        #expect(decoded.text.hasPrefix("The ferry’s pilot"))
        #expect(decoded.text.hasSuffix("Ticket office’s hours: 9–5 "))
    }

    @Test func windows1252TextWithChancePairsStaysWindows1252() {
        // "Straße“" (DF 93) and "Ökonom–" (D6 96) form UTF-8 sequences by chance; the page's
        // ten other accented letters do not.
        var bytes: [UInt8] = Array("Die Stra".utf8) + [0xDF, 0x93] + Array(" und das ".utf8) + [0xD6, 0x96]
        for _ in 0..<5 { bytes += Array(" sch".utf8) + [0xF6, 0x6E] + Array(" gr".utf8) + [0xFC, 0x6E] }
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.hasPrefix("Die Straß“ und das Ö–"))
        #expect(decoded.text.contains("schön grün"))
    }

    @Test func declaredWindows1252IsBelievedOverUTF8Sequences() {
        let head = Array("<html><head><meta charset=\"windows-1252\"></head><body>".utf8)
        let decoded = TextDecoder.decode(head + Self.curly + Self.legacyQuote, honouringHTMLCharset: true)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.contains("ferryâ€™s"))
    }

    @Test func mixedDecoderReadsEveryByte() {
        #expect(MixedUTF8.decode([0x41, 0xE2, 0x80, 0x99, 0x92, 0xE2, 0x80, 0x42]) == "A’’â€B")
        #expect(MixedUTF8.decode([UInt8]()) == "")
        #expect(MixedUTF8.decode([0x81]) == "\u{FFFD}")
    }
}
