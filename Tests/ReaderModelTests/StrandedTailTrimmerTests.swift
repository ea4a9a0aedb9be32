import Testing
@testable import ReaderModel

/// Invented pages: a run of short lines under the article is a share bar only when nothing says it
/// is the article's own list: a paragraph closing on a colon right above it, or fields of a fact box
/// ("Born: Lyon") in place of button labels.
@Suite struct StrandedTailTrimmerTests {
    static let article = [
        "The footpath along the canal will close for three weeks while the towpath is resurfaced by the trust.",
        "Walkers are asked to use the lane behind the mill, which the council has lit and signposted for the works.",
        "The cafe at the lock stays open throughout, and its owners say they expect a quiet month.",
    ]
    static let stranded = ["Nice to see the lock cafe doing well."]

    static func trimmed(_ page: [String], clearing range: Range<Int>) -> (Range<Int>, Int) {
        let text = page.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        for i in range { evidence[i].noise = nil; evidence[i].noiseSource = nil }
        let scores = BodySegment.scores(lines, evidence)
        return (StrandedTailTrimmer.trim(lines, &evidence, scores: scores, body: 0..<lines.count), lines.count)
    }

    @Test func aBarLedInByAParagraphOnAColonIsTheArticlesList() {
        let leadIn = ["Over the winter the volunteers worked through the project in a set order, which went like this:"]
        let steps = ["Survey", "Clearing", "Planting", "Fencing"]
        let page = Self.article + leadIn + steps + Self.stranded
        let (body, count) = Self.trimmed(page, clearing: 4..<8)
        #expect(count == page.count)
        #expect(body == 0..<count)
    }

    @Test func theSameBarUnderAFullStopStillEndsTheBody() {
        let steps = ["Survey", "Clearing", "Planting", "Fencing"]
        let page = Self.article + steps + Self.stranded
        let (body, _) = Self.trimmed(page, clearing: 3..<7)
        #expect(body == 0..<3)
    }

    @Test func fieldsOfAFactBoxAreNoButtons() {
        let box = ["Profile", "Born: Lyon", "Trade: Baker", "Team: Harbour Rowers"]
        let page = Self.article + box + Self.stranded
        let (body, count) = Self.trimmed(page, clearing: 3..<7)
        #expect(body == 0..<count)
    }

    @Test func aColonInsideTheLineMakesAFieldInAnyScript() {
        func line(_ s: String) -> TextLine { LineSplitter.lines(of: s)[0] }
        #expect(StrandedTailTrimmer.isButtonLike(line("Share")))
        #expect(StrandedTailTrimmer.isButtonLike(line("Share:")))
        #expect(StrandedTailTrimmer.isButtonLike(line("分享：")))
        #expect(!StrandedTailTrimmer.isButtonLike(line("Born: Lyon")))
        #expect(!StrandedTailTrimmer.isButtonLike(line("出身：京都")))
        #expect(!StrandedTailTrimmer.isButtonLike(line("Родина: Тверь")))
    }
}
