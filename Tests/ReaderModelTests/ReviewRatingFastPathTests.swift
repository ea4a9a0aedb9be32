import Testing
@testable import ReaderModel

/// The review rating test's byte path for an ASCII line must answer as the character walk it
/// stands in for, wherever it answers at all.
@Suite struct ReviewRatingFastPathTests {
    @Test func theBytePathAgreesWithTheCharacterWalk() {
        let pieces = ["Rating", "SCORE", "Our", " ", ":", "：", "8", "/10", "*", "★", "Note", "Wertung", "x", "good", "Überall",
                      "\r\n", "Our Score", "nota final", "7,5"]
        var answered = 0
        for line in GeneratedLines(pieces, count: 8_000, length: 1...8, seed: 23) {
            let text = Substring(line)
            guard let fast = ReviewRatingLine.asciiHoldsRating(text) else { continue }
            answered += 1
            #expect(fast == ReviewRatingLine.charactersHoldRating(text), "\(line)")
        }
        #expect(answered > 800)
    }

    @Test func ratingsAreReadOnBothPaths() {
        for (line, expected) in [("Our Score : 8/10", true), ("Rating: * * *", true), ("Score: good", false), ("Verdict: 9", false)] {
            #expect(ReviewRatingLine.asciiHoldsRating(Substring(line)) == expected, "\(line)")
            #expect(ReviewRatingLine.charactersHoldRating(Substring(line)) == expected, "\(line)")
        }
        #expect(ReviewRatingLine.asciiHoldsRating("Évaluation : 4 sur 5") == nil)
    }
}
