import Testing
@testable import ReaderModel

/// Shortcuts in `TextLine`'s tokenizer agree with the plain reading: a word's String built in
/// place (inline by `SmallASCIIString`, or validated) is the String `String(decoding:as:)` gives (the hash each word is visited with is
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

    /// `SmallASCIIString` makes, from two integers, the String the library decodes from the same
    /// bytes, for 5,000 generated words of every inline length: equal, with the same bytes, count,
    /// hash and order, and the same after an append.
    @Test func inlineStringsAreTheDecodedStrings() {
        #expect(SmallASCIIString.isAvailable)
        guard SmallASCIIString.isAvailable else { return }
        let alphabet = Array("abcxyzAZ09'-. ~!".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var previous = ""
        for round in 0..<5000 {
            let count = 1 + round % SmallASCIIString.maximumCount
            let bytes = (0..<count).map { _ in alphabet[next() % alphabet.count] }
            let decoded = String(decoding: bytes, as: UTF8.self)
            let (low, high) = bytes.withUnsafeBufferPointer { SmallASCIIString.packed($0) }
            let made = SmallASCIIString.make(low: low, high: high, count: count)
            #expect(made == decoded && Array(made.utf8) == bytes && made.count == decoded.count)
            #expect(made.hashValue == decoded.hashValue && (made < previous) == (decoded < previous))
            #expect(made + "ä" == decoded + "ä" && Set([made, decoded]).count == 1)
            previous = decoded
        }
    }

    /// The tokenizer's words of every length around the inline limit, with capitals, digits and
    /// apostrophes, are the lowercased words decoded.
    @Test func wordsAroundTheInlineLimitAreTheDecodedWords() {
        let letters = Array("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")
        for length in 1...24 {
            for shift in 0..<6 {
                let word = String((0..<length).map { letters[($0 * 7 + shift * 5) % letters.count] })
                let quoted = length > 2 ? String(word.prefix(length / 2)) + "'" + String(word.dropFirst(length / 2)) : word
                let line = "\(word) — \(quoted), \(word.lowercased())'"
                let expected = [word, quoted, word].map { String(decoding: Array($0.lowercased().utf8), as: UTF8.self) }
                #expect(WordTokenizer.tokens(line).words == expected, "\(line)")
                let textLine = TextLine(text: Substring(line), offset: 0, blankBefore: false, lineNumber: 1)
                #expect(textLine.words == expected && textLine.words.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
            }
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
