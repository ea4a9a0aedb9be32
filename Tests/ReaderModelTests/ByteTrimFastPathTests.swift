import Testing
@testable import ReaderModel

/// Byte-level shortcuts in the text cleaner agree with the plain readings they stand in for:
/// `LineSplitter`'s byte trim with slicing every line and trimming its scalars, the eight-byte
/// `ControlCharacterStripper.needsStripping` (its printable-ASCII skip) with a byte-by-byte scan, and the growing
/// `HeadlineFinder.StemSet` with a `Set`.
@Suite struct ByteTrimFastPathTests {
    /// Spaces of every kind, combining marks and a prepended mark next to them, scripts, controls.
    static let pieces = ["a", "word", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\n", "\r\n", "\r", "\n\n", "\u{301}", "\u{A0}",
                         "\u{3000}", "\u{2009}", "\u{85}", "\u{200B}", "\u{FEFF}", "\u{0600}", "\u{200D}", "é", "e\u{301}",
                         "研究", "Москва", "\u{AD}", "\u{1B}", "\u{7F}", "\u{2060}", "—", "“", "😀", "🇫🇷", ".", "\u{0903}"]

    /// `LineSplitter` before its byte trim: every physical line sliced, then trimmed by scalars.
    static func plainLines(of text: String) -> [(text: String, start: Int, end: Int, offset: Int, blankBefore: Bool, lineNumber: Int)] {
        let bytes = Array(text.utf8)
        var breaks: [(start: Int, end: Int)] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 10 || bytes[i] == 13 {
                breaks.append((start, i))
                if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { breaks.append((start, bytes.count)) }
        var result: [(text: String, start: Int, end: Int, offset: Int, blankBefore: Bool, lineNumber: Int)] = []
        var blankBefore = false
        let utf8 = text.utf8
        for (n, range) in breaks.enumerated() {
            let raw = text[utf8.index(utf8.startIndex, offsetBy: range.start)..<utf8.index(utf8.startIndex, offsetBy: range.end)]
            let trimmed = raw.trimmingOuterSpace()
            if trimmed.isEmpty {
                blankBefore = true
                continue
            }
            let lead = raw.utf8.distance(from: raw.startIndex, to: trimmed.startIndex)
            result.append((String(trimmed), utf8.distance(from: utf8.startIndex, to: trimmed.startIndex),
                           utf8.distance(from: utf8.startIndex, to: trimmed.endIndex), range.start + lead,
                           blankBefore || result.isEmpty, n + 1))
            blankBefore = false
        }
        return result
    }

    @Test func byteTrimmedLinesAreTheScalarTrimmedLines() {
        for text in GeneratedLines(Self.pieces, count: 4000, length: 1...24, seed: 0x9E37_79B9_7F4A_7C15) {
            let lines = LineSplitter.lines(of: text)
            let plain = Self.plainLines(of: text)
            #expect(lines.count == plain.count, "\(Array(text.unicodeScalars))")
            let utf8 = text.utf8
            for (line, expected) in zip(lines, plain) {
                #expect(String(line.text) == expected.text && Array(line.text.utf8) == Array(expected.text.utf8))
                #expect(utf8.distance(from: utf8.startIndex, to: line.text.startIndex) == expected.start)
                #expect(utf8.distance(from: utf8.startIndex, to: line.text.endIndex) == expected.end)
                #expect(line.offset == expected.offset && line.blankBefore == expected.blankBefore
                        && line.lineNumber == expected.lineNumber, "\(Array(text.unicodeScalars))")
            }
        }
    }

    /// A space before a combining mark is one character with it: slicing keeps the space.
    @Test func spaceBeforeCombiningMarkStaysAsSlicingKeepsIt() {
        let text = "one\n \u{301}two \n  three\u{A0}\n\u{3000}four"
        let lines = LineSplitter.lines(of: text)
        #expect(lines.map { String($0.text) } == Self.plainLines(of: text).map(\.text))
        #expect(lines.map(\.offset) == Self.plainLines(of: text).map(\.offset))
    }

    /// The byte loop `needsStripping` stands in for.
    static func plainNeedsStripping(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let n = bytes.count
        for i in 0..<n {
            let b = bytes[i]
            if b < 0x20, b != 0x09, b != 0x0A { return true }
            if b == 0x7F { return true }
            if b == 0xC2, i + 1 < n, bytes[i + 1] <= 0x9F || bytes[i + 1] == 0xAD { return true }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 && bytes[i + 2] == 0x8B || bytes[i + 1] == 0x81 && bytes[i + 2] == 0xA0 { return true }
            if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return true }
        }
        return false
    }

    @Test func wordSkipFindsWhatTheByteScanFinds() {
        // Mostly harmless pieces, so that a strippable one lands at every position of a block.
        let pieces = ["a", "word ", "Москва", "研究", "—", "“", "é", "\t", "\n", "\u{A0}", "\u{2009}", "😀", "\u{E000}",
                      "\u{A9}", "\u{2061}", "\u{FEFE}"]
        let strippable = ["\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{AD}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\r", "\u{0}"]
        var found = 0
        for line in GeneratedLines(pieces, count: 3000, length: 1...40, seed: 0x2545_F491_4F6C_DD1D) {
            #expect(ControlCharacterStripper.needsStripping(line) == Self.plainNeedsStripping(line))
            #expect(!ControlCharacterStripper.needsStripping(line))
            for (k, mark) in strippable.enumerated() {
                let utf8 = Array(line.utf8)
                // At a scalar boundary near the line's end, where the block and the tail meet.
                var cut = max(0, utf8.count - (k * 3) % 23)
                while cut < utf8.count, utf8[cut] & 0xC0 == 0x80 { cut += 1 }
                let marked = String(decoding: utf8[..<cut], as: UTF8.self) + mark + String(decoding: utf8[cut...], as: UTF8.self)
                #expect(ControlCharacterStripper.needsStripping(marked) == Self.plainNeedsStripping(marked))
                if ControlCharacterStripper.needsStripping(marked) { found += 1 }
            }
        }
        #expect(found == 3000 * strippable.count)
    }

    /// A strippable character at every position of long printable lines, so that it falls in
    /// each byte of an eight-byte word and of the tail.
    @Test func blockSkipFindsAMarkAtEveryPosition() {
        let strippable = ["\u{1B}", "\u{7F}", "\u{85}", "\u{AD}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\r", "\u{0}", "\u{1F}"]
        let harmless = ["\u{20}", "\u{7E}", "\t", "é", "—"]
        for length in [31, 32, 33, 40, 64, 71, 100] {
            let base = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x21 + ($0 * 13) % 0x5D))) })
            #expect(!ControlCharacterStripper.needsStripping(base))
            for position in 0...length {
                let cut = base.index(base.startIndex, offsetBy: position)
                for mark in strippable + harmless {
                    let marked = String(base[..<cut]) + mark + String(base[cut...])
                    #expect(ControlCharacterStripper.needsStripping(marked) == Self.plainNeedsStripping(marked), "\(length) \(position)")
                    #expect(ControlCharacterStripper.needsStripping(marked) == strippable.contains(mark))
                }
            }
        }
    }

    @Test func growingStemSetHoldsWhatASetHolds() {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        for round in 0..<20 {
            var stems = HeadlineFinder.StemSet()
            var plain: [UInt64] = []
            for _ in 0..<(round * 150) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                // Repeats, zero and keys that share a slot.
                let stem = state % 5 == 0 ? 0 : state % 7 == 0 ? (state >> 40) << 7 : state >> (state % 3 == 0 ? 50 : 0)
                stems.insert(stem)
                let key = stem == 0 ? 1 : stem
                if plain.count < 1024, !plain.contains(key) { plain.append(key) }
            }
            #expect(stems.count == plain.count)
            for key in plain { #expect(stems.contains(key)) }
            for probe in [UInt64(0), 1, 2, 3, 0xFFFF_FFFF_FFFF_FFFF] { #expect(stems.contains(probe) == plain.contains(probe == 0 ? 1 : probe)) }
        }
    }
}
