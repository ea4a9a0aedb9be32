import Testing
@testable import ReaderModel

/// Invented pages: a pull quote repeats the opening of a nearby paragraph, but two short lines of a
/// code sample that open alike are neighbours, not a quote and its source.
@Suite struct PullQuoteTests {
    func evidence(_ text: [String]) -> (lines: [TextLine], evidence: [LineEvidence]) {
        let joined = text.joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: joined), in: joined)
        return (lines, LineEvidenceCollector.collect(lines, site: nil))
    }

    @Test func aLineRepeatingAParagraphsOpeningIsAPullQuote() {
        let paragraph = "The ferry to the outer islands will run twice a day from May, the harbour office said on Tuesday, after a winter of complaints from the people who live there."
        let (lines, evidence) = evidence([paragraph, "", "The ferry to the outer islands will run twice a day", "", "A second paragraph follows the quote and says more about the timetable and the new boat."])
        let quote = lines.firstIndex { $0.text == "The ferry to the outer islands will run twice a day" }
        #expect(quote.map { evidence[$0].noiseSource } == .pullQuote)
    }

    @Test func codeLinesThatOpenAlikeAreNotPullQuotes() {
        let (lines, evidence) = evidence([
            "print(shelf.count(\"Apples\", \"Green\")); // 4",
            "print(shelf.count(\"Apples\", \"Green\", \"Sour\")); // 1",
        ])
        #expect(lines.count == 2)
        #expect(evidence[0].noise == nil)
    }
}
