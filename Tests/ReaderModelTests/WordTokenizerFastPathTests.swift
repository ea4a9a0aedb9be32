import Testing
@testable import ReaderModel

/// Shortcuts in `TextLine`'s tokenizer agree with the plain reading: a word's String built in
/// place is the String `String(decoding:as:)` gives (the hash each word is visited with is
/// `WordLexicon.hash` of it, trailing apostrophes dropped), and the lexicon's year flag is
/// a four-digit word in `LineEvidenceCollector.years`.
@Suite struct WordTokenizerFastPathTests {
    /// Random lines over pieces that exercise case folding, apostrophes, scripts without spaces,
    /// words around the 15-byte small-String size, and years.
    @Test func inPlaceWordsAndFoldedHashesAgreeWithPlainDecoding() {
        let pieces = ["The", "the", " ", "readers'", "it's", "’", "'", "Ünïcode", "ÉTÉ", "Москва", "москва",
                      "研究", "ภาษา", "2024", "1989", "2100", "a-b", ".", "  ", "fifteenletterss", "sixteenletterss",
                      "VeryLongWordOverFifteen", "Ǆ", "नमस्ते", "x'y''", "12:30", "—", "ab", "é"]
        for line in GeneratedLines(pieces, count: 3000, length: 1...16, seed: 0x2545_F491_4F6C_DD1D) {
            var hashes: [UInt64] = []
            let tokens = WordTokenizer.tokens(line) { k, h in
                #expect(k == hashes.count)
                hashes.append(h)
            }
            for word in tokens.words {
                let decoded = Array(word.utf8).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
                #expect(word == decoded && Array(word.utf8) == Array(decoded.utf8), "\(line)")
                #expect(!word.isEmpty && word.last != "'", "\(line)")
            }
            #expect(hashes == tokens.words.map(WordLexicon.hash), "\(line)")
            #expect(tokens.wordCount == tokens.words.count)
            let textLine = TextLine(text: Substring(line), offset: 0, blankBefore: false, lineNumber: 1)
            #expect(textLine.hasYearWord == tokens.words.contains { $0.utf8.count == 4 && Int($0).map(LineEvidenceCollector.years.contains) == true }, "\(line)")
        }
    }

    @Test func inPlaceStringIsTheDecodedString() {
        for word in ["a", "fifteenletterss", "sixteenletterss", "été", "москва", "研究研究研究", "x'y"] {
            let built = Array(word.utf8).withUnsafeBufferPointer { WordTokenizer.string($0) }
            #expect(built == word && Array(built.utf8) == Array(word.utf8))
        }
    }

    @Test func trailingApostrophesLeaveTheWordAndItsHash() {
        var hashes: [UInt64] = []
        let tokens = WordTokenizer.tokens("the readers'' view, o'clock’") { _, h in hashes.append(h) }
        #expect(tokens.words == ["the", "readers", "view", "o'clock"])
        #expect(hashes == ["the", "readers", "view", "o'clock"].map(WordLexicon.hash))
    }

    @Test func yearFlagCoversTheIsYearRange() {
        for (text, year) in [("in 1990", true), ("by 2100 or", true), ("1989 and 2101", false), ("02024", false)] {
            #expect(TextLine(text: Substring(text), offset: 0, blankBefore: false, lineNumber: 1).hasYearWord == year)
        }
    }
}
