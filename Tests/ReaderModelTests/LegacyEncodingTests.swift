import Foundation
import Testing
@testable import ReaderModel
#if canImport(Glibc)
import Glibc
#endif

/// Issue 12, item 11: every WHATWG encoding is decoded by a real decoder, undeclared CJK and
/// Cyrillic text copies are recognised, UTF-32 is detected. Original sample sentences only.
@Suite struct LegacyEncodingTests {
    static let samples: [(label: String, text: String)] = [
        ("gbk", "港口委员会周二晚上投票决定重建旧码头。工程师说，木桩已经腐烂，无法再承受货车的重量。居民们认为这笔钱应该用来修复沿海公路。"),
        ("gb2312", "市长投下了决定性的一票，他说码头是冬季保持渡轮运行的唯一办法。工程预计明年春天开始。"),
        ("gb18030", "议会承诺在任何工程开始之前公布完整的合同。渔民们希望新码头能够带来更多的游客和工作机会。"),
        ("big5", "港口委員會週二晚上投票決定重建舊碼頭。工程師說，木樁已經腐爛，無法再承受貨車的重量。居民們認為這筆錢應該用來修復沿海公路。"),
        ("euc-kr", "항구 위원회는 화요일 저녁 낡은 부두를 다시 짓기로 결정했습니다. 기술자들은 나무 기둥이 썩어서 더 이상 트럭의 무게를 견딜 수 없다고 말했습니다."),
        ("euc-jp", "港の委員会は火曜日の夜、古い桟橋を建て直すことを決めました。技術者たちは、木の杭が腐っていて、もうトラックの重さに耐えられないと話しました。"),
        ("shift_jis", "市長は、冬の嵐の間もフェリーを動かし続けるには桟橋しかないと述べました。工事は来年の春に始まる予定です。"),
        ("koi8-r", "Портовый совет во вторник вечером проголосовал за то, чтобы перестроить старый причал. Инженеры сказали, что деревянные сваи сгнили под водой."),
        ("windows-1251", "Жители, выступившие против плана, заявили, что деньги лучше потратить на затопленную прибрежную дорогу, которую давно не ремонтировали."),
    ]

    /// `text` in `encoding`, made with iconv (the inverse of what is tested).
    static func encode(_ text: String, to encoding: String) -> [UInt8] {
        let converter = iconv_open(encoding, "UTF-8")!
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let written = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                precondition(iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1)
                return outBuffer.count - outLeft
            }
        }
        return Array(output[..<written])
    }

    @Test(arguments: samples)
    func declaredCharsetIsDecoded(label: String, text: String) throws {
        let page = "<!DOCTYPE html><html><head><meta charset=\"\(label)\"><title>t</title></head><body><p>\(text)</p></body></html>"
        let article = try ArticleLoader().article(from: Self.encode(page, to: label), source: "a.html", format: .html)
        #expect(article.text.contains(text))
    }

    @Test(arguments: samples)
    func undeclaredTextCopyIsRecognised(label: String, text: String) throws {
        let copy = "\(text)\n\n\(text)\n"
        let decoded = TextDecoder.decode(Self.encode(copy, to: label))
        #expect(decoded.text == copy, "\(label) read as \(decoded.encoding)")
    }

    @Test func gb18030TextCopyGivesAnArticle() throws {
        let copy = Self.samples.prefix(3).map(\.text).joined(separator: "\n\n") + "\n"
        let article = try ArticleLoader().article(from: Self.encode(copy, to: "gb18030"), source: "a.txt", format: .text)
        #expect(article.text == copy)
    }

    @Test func latinTextStaysWindows1252() {
        let text = "Le conseil a voté mardi soir : la jetée sera reconstruite, après trois années de débats très animés. Les pêcheurs étaient ravis."
        let decoded = TextDecoder.decode(Self.encode(text, to: "windows-1252"))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == text)
    }

    @Test func labelsFollowWHATWG() {
        #expect(TextEncoding(label: "gb2312") == .gbk)
        #expect(TextEncoding(label: "x-sjis") == .shiftJIS)
        #expect(TextEncoding(label: "ks_c_5601-1987") == .eucKR)
        #expect(TextEncoding(label: "iso-8859-9") == .windows1254)
        #expect(TextEncoding(label: "tis-620") == .windows874)
        // Every encoding WHATWG names can be decoded on this system.
        for encoding in TextEncoding.allCases {
            guard let name = encoding.iconvName else { continue }
            #expect(IconvDecoder.decode(Array("abc".utf8), from: name) == "abc", "\(encoding)")
        }
    }

    static let utf32Sample = "Harbour vote — Київ, 東京 and 🚢 ferries. " + String(repeating: "More plain text follows here. ", count: 4)

    @Test(arguments: [true, false])
    func utf32WithAndWithoutMark(littleEndian: Bool) throws {
        let units = Self.utf32Sample.unicodeScalars.flatMap { s -> [UInt8] in
            let v = s.value
            let bytes = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
            return littleEndian ? bytes : bytes.reversed()
        }
        let mark: [UInt8] = littleEndian ? [0xFF, 0xFE, 0, 0] : [0, 0, 0xFE, 0xFF]
        let withMark = try ArticleLoader().article(from: mark + units, source: "a.txt", format: .text)
        #expect(withMark.text == Self.utf32Sample)
        #expect(withMark.leadingBytes == 4)
        let withoutMark = try ArticleLoader().article(from: units, source: "a.txt", format: .text)
        #expect(withoutMark.text == Self.utf32Sample)
    }
}
