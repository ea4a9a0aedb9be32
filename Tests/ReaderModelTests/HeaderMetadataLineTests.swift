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

    @Test func yearlessDateLinesWithAClockTimeAreHeaderMetadata() {
        let (lines, evidence) = Self.evidence([
            "Posted by marlow on Friday October 9, @7:42PM",
            "",
            "Veröffentlicht von Ida Beispiel am Mittwoch, 12. März, 18:40 Uhr",
        ])
        for i in lines.indices {
            #expect(evidence[i].dateISO == nil)
            #expect(HeaderMetadataLine.matches(lines[i], evidence[i]))
        }
    }

    @Test func aShortNumericDateOpeningAShortLineIsHeaderMetadata() {
        let (lines, evidence) = Self.evidence(["07.09.21 in Workshop Notes", "", "4/11/19"])
        #expect(HeaderMetadataLine.matches(lines[0], evidence[0]))
        #expect(HeaderMetadataLine.matches(lines[1], evidence[1]))
    }

    @Test func timesPricesVersionsAndSentencesWithoutAYearAreNot() {
        let (lines, evidence) = Self.evidence([
            "Doors open at 10:30 tonight",
            "",
            "12.50 per ticket at the gate",
            "",
            "Release 2.4.1 notes",
            "",
            "40.11.21 in Workshop Notes",
            "",
            "07.09.21 was the day the old crane by the river was finally taken down for good",
            "",
            "The ferry leaves on October 9 at 7:42 and comes back at noon.",
        ])
        for i in lines.indices {
            #expect(!HeaderMetadataLine.matches(lines[i], evidence[i]), "\(lines[i].text)")
        }
    }

    // MARK: An article's header: the metadata line with a headline over it

    static let header = ["Harbour Crane Comes Down", "By Ana Writer"]

    @Test func aMetadataLineUnderAHeadlineIsAnArticleHeader() {
        let (lines, evidence) = Self.evidence(Self.header)
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, evidence))
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, evidence, headlineWords: 3))
        // The headline itself is no metadata line.
        #expect(!HeaderMetadataLine.isArticleHeader(0, lines, evidence))
    }

    @Test func aShortTitleHeadsADateLineOnlyWhereNoHeadlineLengthIsAsked() {
        let (lines, evidence) = Self.evidence(["Old Pier", "March 3, 2024"])
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, evidence))
        #expect(!HeaderMetadataLine.isArticleHeader(1, lines, evidence, headlineWords: 3))
    }

    @Test func theNoiseAMetadataLineMayCarryIsTheCallersChoice() {
        let (lines, evidence) = Self.evidence(Self.header)
        var marked = evidence
        marked[1].noise = .repeated
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, marked, allowing: .cleanOrRepeated))
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, marked, allowing: .anyButRelatedOrComments))
        marked[1].noise = .navigation
        #expect(!HeaderMetadataLine.isArticleHeader(1, lines, marked, allowing: .cleanOrRepeated))
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, marked, allowing: .anyButRelatedOrComments))
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, marked))
        for noise in [NoiseReason.related, .comments] {
            marked[1].noise = noise
            #expect(!HeaderMetadataLine.isArticleHeader(1, lines, marked, allowing: .anyButRelatedOrComments))
            #expect(!HeaderMetadataLine.isArticleHeader(1, lines, marked, allowing: .cleanOrRepeated))
            #expect(HeaderMetadataLine.isArticleHeader(1, lines, marked))
        }
    }

    @Test func aWordyDateLineHeadsAnArticleOnlyWhereAllowed() {
        let (lines, evidence) = Self.evidence(["Harbour Crane Comes Down", "Posted on March 3, 2024 at 7:41 AM in Harbour News · 2 replies"])
        #expect(!HeaderMetadataLine.isArticleHeader(1, lines, evidence))
        #expect(HeaderMetadataLine.isArticleHeader(1, lines, evidence, maxDateWords: HeaderMetadataLine.maxWordyDateLineWords))
    }
}
