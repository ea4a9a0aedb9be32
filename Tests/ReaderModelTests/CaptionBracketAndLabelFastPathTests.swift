import Testing
@testable import ReaderModel

/// The caption detector's byte paths for a bracketed name at a line's end and for a credit label
/// near its end must answer as the character walk and the copied-array search they stand in for.
@Suite struct CaptionBracketAndLabelFastPathTests {
    @Test func theBracketedNameBytePathAgreesWithTheCharacterWalk() {
        let pieces = ["(", ")", " ", "Harbour", "Office", "of", "via", "/", "x", "Ada Lind", "12", "é", "Ö", "\r\n", "The Outlet",
                      "a b c", "Étoile", "\u{0301}", "AB", "v"]
        var answered = 0
        for line in GeneratedLines(pieces, count: 8_000, length: 1...12, seed: 91) {
            let text = Substring(line)
            guard let fast = CaptionDetector.asciiEndsWithBracketedName(text) else { continue }
            answered += 1
            #expect(fast == CaptionDetector.charactersEndWithBracketedName(text), "\(line)")
        }
        #expect(answered > 1_000)
    }

    @Test func bracketedNamesAreReadOnBothPaths() {
        let named = "Fishing boats leave the quay at first light (Harbour Office)"
        let pair = "A crowd waits by the gate (Ada Lind / The Coastal Weekly)"
        let lower = "The ferry ran late again (see the timetable)"
        for (line, expected) in [(named, true), (pair, true), (lower, false)] {
            #expect(CaptionDetector.asciiEndsWithBracketedName(Substring(line)) == expected)
            #expect(CaptionDetector.charactersEndWithBracketedName(Substring(line)) == expected)
        }
        #expect(CaptionDetector.asciiEndsWithBracketedName("A quay at dawn (Port Authority Ålesund)") == nil)
    }

    @Test func theCreditLabelSearchAgreesWithTheCopiedSearch() {
        let pieces = ["Credit...", "Photo:", "Photo", ":", " ", "by ", "Фото:", "Ảnh:", "(Foto:", "word", "é", "Image source",
                      "x", "Photograph by ", "ፎቶ፦", "Picture", "…"]
        var found = 0
        for line in GeneratedLines(pieces, count: 6_000, length: 1...30, seed: 5) {
            let text = Substring(line)
            let fast = CaptionDetector.hasCreditLabelNearEnd(text)
            if fast { found += 1 }
            #expect(fast == CaptionDetector.copiedTailHasCreditLabel(text), "\(line)")
        }
        #expect(found > 1_000)
    }
}
