import Foundation
import Testing
@testable import ReaderModel

/// The byte-level fast paths of the HTML cleaner give what the general code gives.
@Suite struct HTMLTextFastPathTests {
    @Test func noiseLabelKeyTrimsASCIIAsFoundationDoes() {
        let trimmed = CharacterSet.punctuationCharacters.union(.whitespaces)
        for byte in UInt8(1)..<128 {
            let mark = String(decoding: [byte], as: UTF8.self)
            for text in [mark + "Share This" + mark, mark + mark + "x", "Read more" + mark, mark] {
                #expect(HTMLNoiseLabels.key(of: text) == text.lowercased().trimmingCharacters(in: trimmed))
            }
        }
        #expect(HTMLNoiseLabels.key(of: "  Café menu… ") == "café menu")
    }

    @Test func whitespaceRunsCollapseAroundCopiedRuns() {
        #expect(WhitespaceNormalizer.normalize("  a  long\tline\n of words  ") == "a long line of words")
        #expect(WhitespaceNormalizer.normalize("no\u{00A0}break\u{200B}zero\u{00AD}soft") == "no breakzerosoft")
        #expect(WhitespaceNormalizer.normalize("\u{3000}wide\u{3000}space\u{FEFF}") == "wide space")
        #expect(WhitespaceNormalizer.normalize("é\u{00E9} ü\u{2003}x") == "éé ü x")
        #expect(WhitespaceNormalizer.normalize("bell\u{07}kept") == "bell\u{07}kept")
        #expect(WhitespaceNormalizer.normalize(" \n\t ") == "")
    }

    @Test func bylineLabelFoundAfterSeparator() {
        #expect(BylineLabels.name(in: "12 May 2024 | By Lina Ortez") == "Lina Ortez")
        #expect(BylineLabels.name(in: "nothing to see here") == nil)
    }
}
