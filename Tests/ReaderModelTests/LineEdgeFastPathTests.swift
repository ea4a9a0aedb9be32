import Testing
@testable import ReaderModel

/// `TextLine`'s byte shortcuts at a line's edges agree with the scalar readings they stand in
/// for, on thousands of generated lines: the sentence end read from an ASCII last byte, and the
/// bullet test that turns away an ASCII first byte.
@Suite struct LineEdgeFastPathTests {
    /// Ends of every kind: sentence marks, closing quotes and brackets (ASCII and not), spaces,
    /// sign-offs, scripts without spaces and their closing marks, ellipses, bullets and dashes.
    static let pieces = ["word", " ", ".", "!", "?", "…", "\"", "'", "”", "’", "»", ")", "]", "(", "(afp)", " (bsc)",
                         "。", "」", "』", "）", "研究", "ภาษา", "।", "*", "-", "–", "•", "·", "▪", "►", "\t", ",", ":",
                         "x", "é", "Москва", "2024", "\u{A0}", "؟", "。」"]

    /// The scalar test `startsWithBullet` shortens.
    static func plainStartsWithBullet(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        guard ["*", "•", "-", "–", "·", "▪", "►"].contains(first) else { return false }
        let rest = text.unicodeScalars.dropFirst()
        return rest.first == " " || rest.first == "\t"
    }

    @Test func asciiLastByteSettlesTheSentenceEndAsTheScalarWalkDoes() {
        var ends = 0
        for line in GeneratedLines(Self.pieces, count: 6000, length: 1...8, seed: 0x5851_F42D_4C95_7F2D) {
            let text = Substring(line)
            let plain = TextLine.endsWithSignOff(text) || TextLine.endsLikeSentenceByScalars(text)
            #expect(TextLine.endsLikeSentence(text) == plain, "\(line)")
            if plain { ends += 1 }
        }
        #expect(ends > 1000)
    }

    @Test func asciiFirstByteSettlesTheBulletAsTheScalarTestDoes() {
        var bullets = 0
        for line in GeneratedLines(Self.pieces, count: 6000, length: 1...4, seed: 0x2545_F491_4F6C_DD1D) {
            let text = Substring(line)
            #expect(TextLine.startsWithBullet(text) == Self.plainStartsWithBullet(text), "\(line)")
            if Self.plainStartsWithBullet(text) { bullets += 1 }
        }
        #expect(bullets > 20)
    }
}
