import Testing
@testable import ReaderModel

/// Byte gates and narrowed lookups on the text cleaner's hot path give the answers of the slower
/// readings they skip: the byline label lists by first Character or byte, the ASCII test of a
/// note's handle, the code-token prefilter, and the date tokenizer's inline Strings.
@Suite struct CleanerGateFastPathTests {
    /// Every label sits in the list of its first Character (and only there), in `labels` order,
    /// so trying that list finds the label trying all of them found.
    @Test func bylineLabelsByStartKeepEveryLabelInOrder() {
        var seen: [String] = []
        for (start, list) in BylineLabels.labelsByStart {
            #expect(list == BylineLabels.labels.filter { $0.first == start })
            seen += list
        }
        #expect(seen.sorted() == BylineLabels.labels.sorted())
        for b in 0..<128 {
            #expect(BylineLabels.asciiLabelsByStart[b] == BylineLabels.asciiLabels.filter { $0[0] == UInt8(b) })
        }
    }

    /// Bylines found through the narrowed lists, in several scripts and cases (invented names).
    @Test func bylineNamesStillFound() {
        #expect(BylineLabels.name(in: "12 March 2025 | By Tomasz Wierzba") == "Tomasz Wierzba")
        #expect(BylineLabels.name(in: "WRITTEN BY Imke Sollander", anywhere: false) == "Imke Sollander")
        #expect(BylineLabels.name(in: "Автор: Ирина Соколова", anywhere: false) == "Ирина Соколова")
        #expect(BylineLabels.name(in: "АВТОР: Ирина Соколова", anywhere: false) == "Ирина Соколова")
        #expect(BylineLabels.name(in: "Από την Ελένη Δρακοπούλου", anywhere: false) == "Ελένη Δρακοπούλου")
        #expect(BylineLabels.name(in: "3 avril 2025 — Par Élodie Varenne") == "Élodie Varenne")
        #expect(BylineLabels.name(in: "The bypass road opens in spring") == nil)
    }

    /// The handle test read on an ASCII first byte is the scalar's Alphabetic property or "@",
    /// for all 128 bytes.
    @Test func noteHandleLeadByteAgreesWithScalarProperties() {
        for b in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(b))
            #expect(ActivityNoteRun.opensHandle(UInt8(b)) == (scalar.properties.isAlphabetic || scalar == "@"), "\(b)")
        }
        #expect(ActivityNoteRun.opensHandle(0xC3) == nil)
    }

    /// The code-token prefilter says true exactly when one of its five bytes is there, at every
    /// offset and length around its eight-byte steps, and never false where the token pass says true.
    @Test func codeTokenPrefilterNeverHidesAToken() {
        let alphabet: [UInt8] = Array("ab_Z9 (=!+-:*|&x.".utf8) + [0x94, 0x95, 0x93, 0x96, 0xE2, 0xA8, 0xBD, 0xDF, 0x7F, 0x00]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for round in 0..<20000 {
            let count = round % 40
            // Mostly plain letters, so that many lines hold none of the five bytes.
            let bytes = (0..<count).map { _ in next() % 4 == 0 ? alphabet[next() % alphabet.count] : UInt8(97 + next() % 26) }
            bytes.withUnsafeBufferPointer { buffer in
                let may = CodeSampleRun.mayHoldCodeToken(buffer)
                #expect(may == bytes.contains { [0x28, 0x3D, 0x5F, 0x94, 0x95].contains($0) }, "\(bytes)")
                if CodeSampleRun.holdsCodeToken(buffer) { #expect(may, "\(bytes)") }
            }
        }
        #expect(CodeSampleRun.isCodeShaped("total = count + 1"))
        #expect(CodeSampleRun.isCodeShaped("call the_function now"))
        #expect(CodeSampleRun.isCodeShaped("print(value) and more words here"))
        #expect(!CodeSampleRun.isCodeShaped("A plain sentence about the harbour wall, nothing more."))
        #expect(CodeSampleRun.isCodeShaped("$ make install"))
        #expect(!CodeSampleRun.isCodeShaped("$ make install", byTokens: false))
        #expect(CodeSampleRun.isCodeShaped("<div class>"))
    }

    /// The date tokenizer's tokens are their ranges' text (inline Strings up to 15 bytes, sliced
    /// ones beyond), over generated ASCII and mixed lines.
    @Test func dateTokensAreTheirRangesText() {
        let pieces = ["March", " ", "12", ",", "2024", "-", "04", "T15:10", "Supercalifragilistic", "1234567890123456789",
                      "fifteenletterss", "sixteenletterss", ".", "\t", "of", "\r\n", "’", "Mär", "٢٠٢٤", "at", "3:10 PM"]
        for line in GeneratedLines(pieces, count: 3000, length: 1...12, seed: 0x9E37_79B9_7F4A_7C15) {
            let tokens = DateNormalizer.tokens(of: line)
            for token in tokens where !token.isDigits || token.text.utf8.allSatisfy({ $0 < 0x80 }) && line[token.range].utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(token.text == String(line[token.range]) && Array(token.text.utf8) == Array(line[token.range].utf8), "\(line)")
            }
        }
        #expect(DateNormalizer.iso("Supercalifragilisticexpialidocious news, March 12, 2024") == "2024-03-12")
        #expect(DateNormalizer.iso("Filed 2024-04-29T15:10:00Z by the desk") == "2024-04-29T15:10")
    }
}

/// `BylineLabels.isSeparator` read on an ASCII Character's byte agrees with comparing the
/// Character to every mark, over all ASCII scalars, CR LF, the marks, and marks with a combining accent.
@Suite struct BylineSeparatorFastPathTests {
    @Test func separatorByByteAgreesWithCharacterComparison() {
        let marks: [Character] = ["|", "·", "•", "-", "–", "—", "/", ",", "　", "(", "（", "،"]
        var characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["\r\n", "é", "ж", "|\u{301}", "-\u{301}", "(\u{308}"] + marks
        for c in characters {
            #expect(BylineLabels.isSeparator(c) == marks.contains(c), "\(c.unicodeScalars.map(\.value))")
        }
    }
}
