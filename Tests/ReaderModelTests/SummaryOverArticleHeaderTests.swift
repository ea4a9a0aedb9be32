import Testing
@testable import ReaderModel

/// Invented page: a short news brief under its headline and date, with a "most read" box above it
/// whose last teaser's summary sits right over the brief's headline. The summary is the box's, and
/// the brief's three sentences are the article.
@Suite struct SummaryOverArticleHeaderTests: TextPageCleaning {
    static let brief = [
        "The morning ferry to the island was cancelled on Wednesday after high winds tore planks from the landing pier. Engineers inspected it at first light.",
        "Repairs could take until the weekend, the council said.",
        "Islanders needing urgent travel have been offered seats on the post boat.",
    ]
    static let lastSummary = "The walkers had ignored warning signs at the top of the beach and were stranded on a rock shelf for more than an hour before the crew reached them."

    static var page: [String] {
        ["The Harbour Gazette", "", "Most read", "",
         "Council votes to close two village libraries",
         "The decision, taken late on Tuesday after a long meeting, means both buildings will shut in June and their books will move to the town.", "",
         "Fishing fleet lands record herring catch",
         "Skippers say the shoals came closer to the coast this winter than at any time in twenty years, though prices at the market fell.", "",
         "Lifeboat crew rescue two walkers cut off by the tide",
         Self.lastSummary, "",
         "Ferry service suspended after storm damages pier", "", "12 March 2025", ""]
            + Self.brief.flatMap { [$0, ""] } + ["Share", "", "© 2025 The Harbour Gazette"]
    }

    @Test func summaryOverTheHeadlineStaysWithItsTeaser() {
        let doc = clean(Self.page)
        #expect(doc.title == "Ferry service suspended after storm damages pier")
        #expect(doc.paragraphs == Self.brief)
        let block = doc.blocks.first { $0.text == Self.lastSummary }
        #expect(block?.role == .removed)
    }

    @Test func headlineOverItsDateIsNoSummary() {
        // The rule reads a prose line over a headline over a date; the headline line itself is not one.
        let text = Self.page.joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let summary = lines.firstIndex { $0.text == Self.lastSummary[...] }!
        #expect(SummaryOverArticleHeader.holds(summary, lines, evidence))
        #expect(!SummaryOverArticleHeader.holds(summary - 1, lines, evidence))
        #expect(!SummaryOverArticleHeader.holds(summary + 1, lines, evidence))
    }
}
