import Foundation
import Testing
@testable import ReaderModel

/// The shared notions behind several text rules: a headline that heads an article or a post, and a
/// line nothing but its shape speaks against.
@Suite struct ArticleHeadlineTests {
    static func evidence(_ texts: [String]) -> ([TextLine], [LineEvidence]) {
        let lines = LineSplitter.lines(of: texts.joined(separator: "\n"))
        return (lines, LineEvidenceCollector.collect(lines, site: nil))
    }

    @Test func aTitleOfThreeWordsOrMoreIsAnArticleHeadline() {
        let (lines, evidence) = Self.evidence(["Harbour Crane Comes Down", "", "Ferry Notes"])
        #expect(ArticleHeadline.matches(lines[0], evidence[0]))
        // Title-like, but two words are as often a label as a headline.
        #expect(TextMetadataExtractor.isTitleCandidate(lines[1], evidence[1]))
        #expect(!ArticleHeadline.matches(lines[1], evidence[1]))
    }

    @Test func aBylineIsNoArticleHeadline() {
        let (lines, evidence) = Self.evidence(["By Ana Marie Writer"])
        #expect(!ArticleHeadline.matches(lines[0], evidence[0]))
    }

    @Test func aFragmentIsCleanOrFragmentAndFurnitureIsNot() {
        let (_, evidence) = Self.evidence(["The ferry came back two hours late because of the fog over the bay."])
        var line = evidence[0]
        #expect(line.isCleanOrFragment)
        line.noise = .fragment
        #expect(line.isCleanOrFragment)
        line.noise = .navigation
        #expect(!line.isCleanOrFragment)
        line.noise = .repeated
        #expect(!line.isCleanOrFragment)
    }
}
