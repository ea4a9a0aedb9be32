import Testing
@testable import ReaderModel

/// Invented lines: what may introduce a list, and how its stricter variants tell a sentence from a label.
@Suite struct ArticleListLeadInTests {
    static let page = [
        "The parish council has set out how the new allotment plots will be shared between the villages this spring.",
        "Plot rules:",
        "Each household on the waiting list will be offered one of the following plots:",
        "Plots by the old orchard wall",
        "More:",
    ]

    func read() -> ([TextLine], [LineEvidence]) {
        let text = Self.page.joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        return (lines, LineEvidenceCollector.collect(lines, site: nil))
    }

    @Test func aCleanColonLineIsALeadIn() {
        let (lines, evidence) = read()
        #expect(lines.map { String($0.text) } == Self.page)
        #expect(ArticleList.isLeadIn(1, lines, evidence))
        #expect(ArticleList.isLeadIn(2, lines, evidence))
        #expect(!ArticleList.isLeadIn(0, lines, evidence))
        #expect(!ArticleList.isLeadIn(3, lines, evidence))
    }

    @Test func aSentenceLeadInNeedsItsWords() {
        let (lines, evidence) = read()
        let words = ArticleList.minimumSentenceLeadInWords
        #expect(!ArticleList.isLeadIn(1, lines, evidence, minimumWords: words))
        #expect(ArticleList.isLeadIn(2, lines, evidence, minimumWords: words))
    }

    @Test func aProseLeadInIsNoShortLabel() {
        let (lines, evidence) = read()
        #expect(!ArticleList.isLeadIn(1, lines, evidence, isProse: true))
        #expect(ArticleList.isLeadIn(2, lines, evidence, isProse: true))
    }

    @Test func furnitureIsNoLeadIn() {
        let (lines, evidence) = read()
        var marked = evidence
        marked[2].noise = .navigation
        #expect(!ArticleList.isLeadIn(2, lines, marked))
        marked = evidence
        marked[2].isCaption = true
        #expect(!ArticleList.isLeadIn(2, lines, marked))
        // A label the vocabulary names as navigation is furniture already.
        #expect(evidence[4].noise != nil)
        #expect(!ArticleList.isLeadIn(4, lines, evidence))
    }

    @Test func aHeadingLeadInIsShort() {
        let (lines, evidence) = read()
        #expect(ArticleList.isLeadIn(1, lines, evidence, maximumWords: 6))
        #expect(!ArticleList.isLeadIn(2, lines, evidence, maximumWords: 6))
    }

    @Test func aTeaserListMarkCountsOnlyWhereAllowed() {
        let (lines, evidence) = read()
        var marked = evidence
        marked[1].noise = .related
        marked[1].noiseSource = .teaserList(headlines: 3)
        #expect(!ArticleList.isLeadIn(1, lines, marked))
        #expect(ArticleList.isLeadIn(1, lines, marked, allowsTeaserListNoise: true))
        // Related noise from the vocabulary is still furniture.
        marked[1].noiseSource = .vocabulary
        #expect(!ArticleList.isLeadIn(1, lines, marked, allowsTeaserListNoise: true))
    }
}
