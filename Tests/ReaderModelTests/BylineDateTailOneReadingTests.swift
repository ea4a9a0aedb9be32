import Testing
@testable import ReaderModel

/// A byline's date tail is found from one reading of the text for dates: the words before it
/// must be those that reading the text from each word in turn finds.
@Suite struct BylineDateTailOneReadingTests {
    @Test func oneReadingFindsTheSameWordsAsReadingFromEachWord() {
        let pieces = ["Mara", "Holt", "Kovač", "March", "14,", "2025", "12-oktabr", "2025-04-29", "3.", "März", "of", "May",
                      "ವರದಿ", "ಮಾರ್ಚ್", "14", "٢٠٢٥", "Nov.", "20", "1er", "juin", "\u{00A0}", "x", "12:30", "|"]
        var dated = 0
        for line in GeneratedLines(pieces.map { $0 + " " }, count: 4_000, length: 2...8, seed: 311) {
            let text = Substring(line)
            let words = text.split(separator: " ")
            let once = BylineDateTail.wordsBeforeDate(words, in: text)
            if once != nil { dated += 1 }
            #expect(once == BylineDateTail.wordsBeforeDateReadFromEachWord(words, in: text), "\(line)")
        }
        #expect(dated > 200)
    }

    @Test func theNameEndsWhereTheDateStarts() {
        let text: Substring = "Mara Holt March 14, 2025"
        let words = text.split(separator: " ")
        #expect(BylineDateTail.wordsBeforeDate(words, in: text) == ["Mara", "Holt"])
    }
}
