import Foundation
import Testing
@testable import ReaderModel

/// One test for "a byline or short date line" under a headline, shared by the headline finders and the body choice.
@Suite struct HeaderMetadataLineTests {
    static func evidence(_ texts: [String]) -> ([TextLine], [LineEvidence]) {
        let lines = LineSplitter.lines(of: texts.joined(separator: "\n"))
        return (lines, LineEvidenceCollector.collect(lines, site: nil))
    }

    @Test func bylinesAndShortDateLinesAreHeaderMetadata() {
        let (lines, evidence) = Self.evidence(["By Ana Writer", "", "March 3, 2024"])
        #expect(HeaderMetadataLine.matches(lines[0], evidence[0]))
        #expect(HeaderMetadataLine.matches(lines[1], evidence[1]))
    }

    @Test func aSentenceWithADateIsNot() {
        let text = "The ferry that left the north harbour on March 3, 2024 came back two hours late because of the fog over the bay."
        let (lines, evidence) = Self.evidence([text])
        #expect(!HeaderMetadataLine.matches(lines[0], evidence[0]))
    }

    @Test func aWordyDateLineCountsOnlyWhereAllowed() {
        let (lines, evidence) = Self.evidence(["Posted on March 3, 2024 at 7:41 AM in Harbour News · 2 replies"])
        #expect(evidence[0].dateISO != nil && evidence[0].byline == nil)
        #expect(lines[0].wordCount > HeaderMetadataLine.maxDateLineWords && lines[0].wordCount <= HeaderMetadataLine.maxWordyDateLineWords)
        #expect(!HeaderMetadataLine.matches(lines[0], evidence[0]))
        #expect(HeaderMetadataLine.matches(lines[0], evidence[0], maxDateWords: HeaderMetadataLine.maxWordyDateLineWords))
    }
}
