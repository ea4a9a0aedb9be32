import Testing
@testable import ReaderModel

/// `HeadlineFinder.openingWords` reads inline ASCII words in place and sizes its set up front; it
/// gives the set the former reading (each word copied, its bytes visited through its UTF-8 view,
/// the set grown from 256 slots) gave.
@Suite struct OpeningWordsFastPathTests {
    /// The former reading, and every stem it offered the set, in order.
    static func formerOpeningWords(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> (HeadlineFinder.StemSet, [UInt64]) {
        var result = HeadlineFinder.StemSet()
        var offered: [UInt64] = []
        var taken = 0
        for i in body where evidence[i].noise == nil && !evidence[i].isCaption {
            let unspaced = lines[i].script.isUnspaced
            for word in lines[i].words {
                let stem = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
                    guard bytes.count >= 3 || bytes.first.map({ $0 >= 128 }) == true else { return nil }
                    return HeadlineFinder.stem(bytes: bytes)
                } ?? (word.utf8.count >= 3 || word.utf8.first.map({ $0 >= 128 }) == true ? HeadlineFinder.stem(word) : nil)
                guard let stem else { continue }
                if unspaced, UnspacedWordGrams.isUnspaced(word) {
                    UnspacedWordGrams.forEachGram(word) { result.insert($0); offered.append($0) }
                } else {
                    result.insert(stem)
                    offered.append(stem)
                }
            }
            taken += lines[i].wordCount
            if taken >= 800 { break }
        }
        return (result, offered)
    }

    /// Random pages of invented lines (ASCII words of every inline length and longer, accented,
    /// Cyrillic, ideographs, Thai, digits), some lines noise or captions, bodies of every size up
    /// to past the 800-word and 1,024-stem limits: the same stems, the same count.
    @Test func openingWordsMatchFormerReading() {
        let pieces = ["the", "a", "of", "Harbour", "council", "votes", "ferry", "timetable", "economy", "economic",
                      "libertarians", "x", "ab", "abc", "fifteenletterss", "sixteenletterss", "VeryLongWordOverFifteen",
                      "été", "Москва", "研究者", "ภาษาไทย", "2024", "12", "it's", " ", " ", ", ", ". ", "—",
                      "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for round in 0..<120 {
            let lineCount = 1 + round % 40
            let lengths = round % 3 == 0 ? 60...120 : 1...30
            let texts = Array(GeneratedLines(pieces, count: lineCount, length: lengths, seed: UInt64(round) &* 0x9E37_79B9 &+ 7))
            var lines: [TextLine] = []
            var evidence: [LineEvidence] = []
            for (k, text) in texts.enumerated() {
                // Numbered words make a page's stems many and distinct (past the set's 1,024).
                let numbered = round % 5 == 4 ? text + " " + (0..<40).map { "w\(k)x\($0)" }.joined(separator: " ") : text
                lines.append(TextLine(text: Substring(numbered), offset: 0, blankBefore: false, lineNumber: k))
                var ev = LineEvidence(shape: .good)
                switch next() % 7 {
                case 0: ev.noise = .related
                case 1: ev.isCaption = true
                default: break
                }
                evidence.append(ev)
            }
            let start = next() % lineCount
            let body = start..<lineCount
            let new = HeadlineFinder.openingWords(lines, evidence, body: body)
            let (old, offered) = Self.formerOpeningWords(lines, evidence, body: body)
            #expect(new.count == old.count, "round \(round)")
            for stem in offered { #expect(new.contains(stem) == old.contains(stem), "round \(round)") }
            for probe in ["harbou", "councl", "nothing", "w1x1", "w0x39"] {
                let stem = HeadlineFinder.stem(probe)
                #expect(new.contains(stem) == old.contains(stem), "round \(round) \(probe)")
            }
        }
    }

    /// The in-place read of a word's String: the bytes and count of inline ASCII Strings, nil for
    /// any other (non-ASCII inline, longer than 15 bytes, built by hand or by the tokenizer).
    @Test func inlineASCIIReadsOnlyInlineASCIIStrings() {
        #expect(SmallASCIIString.isAvailable)
        guard SmallASCIIString.isAvailable else { return }
        var words = ["a", "of", "abcdefg", "abcdefgh", "fifteenletterss", "sixteenletterss", "été", "研究", ""]
        words += WordTokenizer.tokens("The Harbour council's VeryLongWordOverFifteen votes — été").words
        for word in words {
            let read = withUnsafePointer(to: word) { SmallASCIIString.inlineASCII($0) }
            let bytes = Array(word.utf8)
            if bytes.count <= SmallASCIIString.maximumCount, bytes.allSatisfy({ $0 < 0x80 }) {
                #expect(read?.count == bytes.count, "\(word)")
                let low = bytes.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                #expect(read?.low == low, "\(word)")
                if bytes.count >= 3 { #expect(HeadlineFinder.stem(low: low, count: bytes.count) == HeadlineFinder.stem(word)) }
            } else {
                #expect(read == nil, "\(word)")
            }
        }
    }
}
