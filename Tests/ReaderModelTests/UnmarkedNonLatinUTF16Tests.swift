import Foundation
import Testing
@testable import ReaderModel

/// Issue 11: a copy saved as UTF-16 without a byte-order mark whose text is mostly Cyrillic, Greek
/// or Chinese has no lane of zero bytes, and read as bytes looks binary: it was refused.
@Suite("Loading: UTF-16 without a mark, other scripts")
struct UnmarkedNonLatinUTF16Tests {
    static let russian = "Паром на остров\n\nЗимнее расписание парома на остров опубликуют до осеннего собрания в портовой конторе, сообщил капитан.\n\nРемонт причала закончили в понедельник, и суда снова швартуются у старого моста.\n"
    static let greek = "Το λιμάνι ανοίγει ξανά\n\nΟι εργασίες στον παλιό μώλο τελείωσαν τη Δευτέρα και τα πλοία δένουν πάλι εκεί από σήμερα το πρωί.\n"
    static let chinese = "渡轮时刻表\n\n港口办公室表示，冬季渡轮时刻表将在秋季会议之前公布。\n\n码头维修工作已于周一完成，渡轮今天早上恢复停靠。\n"
    static let texts = [russian, greek, chinese]

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    @Test(arguments: 0..<3, [true, false])
    func textCopyIsDecoded(index: Int, littleEndian: Bool) throws {
        let text = Self.texts[index]
        let bytes = Self.utf16(text, littleEndian: littleEndian)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        #expect(decoded.text == text)
        let article = try ArticleLoader().article(from: bytes, source: "page.txt", format: .text)
        #expect(article.text == text)
        if index < 2 { #expect(Cleaner().clean(article).title == text.components(separatedBy: "\n")[0]) }
    }

    @Test func htmlPageInRussianIsDecoded() throws {
        let page = "<html><head><title>Паром на остров</title></head><body><article><h1>Паром на остров</h1>"
            + "<p>Зимнее расписание парома на остров опубликуют до осеннего собрания в портовой конторе, сообщил капитан порта.</p>"
            + "<p>Ремонт причала закончили в понедельник, и суда снова швартуются у старого моста через залив.</p></article></body></html>"
        let article = try ArticleLoader().article(from: Self.utf16(page, littleEndian: true), source: "page.html", format: nil)
        #expect(article.format == .html)
        let document = Cleaner().clean(article)
        #expect(document.title == "Паром на остров")
        #expect(document.paragraphs.first?.hasPrefix("Зимнее расписание") == true)
    }

    /// Random bytes have zero bytes in both lanes and read as UTF-16 give controls, surrogates and
    /// private-use code points: still binary.
    @Test(arguments: 0..<20)
    func randomBytesAreStillRefused(seed: Int) {
        var generator = RobustnessTests.SeededGenerator(state: UInt64(seed) &* 7919)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(EncodingDetector.utf16WithoutMark(bytes) == nil)
        #expect(throws: LoadError.self) { try ArticleLoader().article(from: bytes, source: "noise.txt", format: .text) }
    }

    /// Only bytes that would be refused are looked at: UTF-8 Cyrillic with stray NULs stays UTF-8.
    @Test func textThatLoadsTodayIsReadAsBefore() throws {
        var bytes = Array(Self.russian.utf8)
        for position in [7, bytes.count / 2] { bytes.insert(0, at: position) }
        #expect(EncodingDetector.utf16WithoutMark(bytes) == nil)
        #expect(TextDecoder.decode(bytes).encoding == .utf8)
    }
}
