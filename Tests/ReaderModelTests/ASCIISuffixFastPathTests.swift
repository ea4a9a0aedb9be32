import Testing
@testable import ReaderModel

/// `Substring.hasSuffixCheaply` (the byte comparison `BreadcrumbAnchoredHeader` uses for ASCII
/// lines) answers as `hasSuffix` does, Character by Character, whatever the script of either side.
@Suite struct ASCIISuffixFastPathTests {
    /// ASCII next to look-alikes that are canonically equivalent (KELVIN SIGN is "K", the Greek
    /// question mark is ";"), a prepended mark, combining marks, CR and LF, flags, other scripts.
    static let pieces = ["a", "K", "\u{212A}", ";", "\u{037E}", " / ", ".", "\u{0600}", "\r", "\n", "\r\n", "\u{301}",
                         "é", "e\u{301}", "研究", "🇫", "🇷", "\u{200D}", "Tom", "k"]

    @Test func kelvinSignEndsLikeK() {
        let crumb: Substring = "Home / Absolute zero at 0 \u{212A}"
        #expect(crumb.hasSuffixCheaply("zero at 0 K"))
        #expect(crumb.hasSuffix("zero at 0 K"))
        let plain: Substring = "Home / Absolute zero at 0 K"
        #expect(plain.hasSuffixCheaply("zero at 0 \u{212A}"))
        #expect(!plain.hasSuffixCheaply("zero at 0 k"))
    }

    @Test func asciiLinesCompareByBytes() {
        let crumb: Substring = "News / Local / The bridge opens on Friday."
        #expect(crumb.hasSuffixCheaply("The bridge opens on Friday."))
        #expect(!crumb.hasSuffixCheaply("The bridge closes on Friday."))
        #expect(!crumb.hasSuffixCheaply("A bridge opens on Friday."))
        #expect(crumb.hasSuffixCheaply(crumb))
    }

    @Test func aMarkBeforeTheSuffixJoinsItsFirstCharacter() {
        // U+0600 clusters with the letter after it, and "\r" with "\n": no Character starts there.
        let prepended: Substring = "x\u{0600}abc"
        #expect(prepended.hasSuffixCheaply("abc") == prepended.hasSuffix("abc"))
        let crlf: Substring = "x\r\nabc"
        #expect(crlf.hasSuffixCheaply("\nabc") == crlf.hasSuffix("\nabc"))
    }

    @Test func agreesWithHasSuffixOnGeneratedText() {
        var checked = 0
        for text in GeneratedLines(Self.pieces, count: 1500, length: 1...8, seed: 0x2545_F491_4F6C_DD1D) {
            let line = Substring(text)
            let scalars = Array(text.unicodeScalars)
            // Every scalar tail of the line, and each with its first scalar swapped for a look-alike.
            for k in 0...scalars.count {
                var tail = String.UnicodeScalarView()
                tail.append(contentsOf: scalars.suffix(k))
                let suffix = Substring(String(tail))
                #expect(line.hasSuffixCheaply(suffix) == line.hasSuffix(suffix), "\(scalars) \(k)")
                for swap in ["K", "\u{212A}", ";", "\u{037E}", "\n", "a"] {
                    let swapped = Substring(swap + String(String.UnicodeScalarView(scalars.suffix(k).dropFirst())))
                    #expect(line.hasSuffixCheaply(swapped) == line.hasSuffix(swapped), "\(scalars) \(k) \(swap)")
                    checked += 1
                }
            }
        }
        // Unrelated pairs: mostly mismatches at the last byte or within the tail.
        var previous: Substring = ""
        for text in GeneratedLines(Self.pieces, count: 3000, length: 0...5, seed: 0x9E37_79B9_7F4A_7C15) {
            let line = Substring(text)
            #expect(line.hasSuffixCheaply(previous) == line.hasSuffix(previous), "\(Array(text.unicodeScalars)) \(Array(previous.unicodeScalars))")
            #expect(previous.hasSuffixCheaply(line) == previous.hasSuffix(line))
            previous = line
        }
        #expect(checked > 10000)
    }
}
