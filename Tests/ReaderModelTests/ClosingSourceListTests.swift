import Foundation
import Testing
@testable import ReaderModel

/// Invented explainers closing with a short numbered source list under a heading, copied as text:
/// the list is the article's (`ClosingSourceList`); a numbered list of headlines under a box
/// heading is not.
@Suite struct ClosingSourceListTests: TextPageCleaning {
    static let story = [
        "Bus use in the county has grown by a fifth since fares were capped at two pounds, the largest rise of any rural county in the region according to the operators' own returns.",
        "Operators say most of the new passengers travel outside the rush hour, for shopping, appointments and visits, which has filled buses that used to run half empty in the middle of the day.",
    ]

    static func page(_ list: [String]) -> [String] {
        ["County Gazette", "News", "Transport", "", "Why more people are taking the bus", "", "By Ian Moss", "", "Share", ""]
            + story.flatMap { [$0, ""] } + list
            + ["", "Newsletter", "Get the morning briefing in your inbox.", "Sign up", "", "About us | Privacy"]
    }

    static let sources = ["Sources", "1. County Transport Board, bus patronage figures 2024",
                          "2. Regional Bus Operators, annual returns, March 2025", "[3] Department for Transport, fare cap review"]

    @Test func aNumberedSourceListClosesTheStory() {
        let doc = clean(Self.page(Self.sources))
        #expect(doc.paragraphs == Self.story + Self.sources, "\(doc.paragraphs)")
        #expect(doc.evidence(of: "Sources").contains(ClosingSourceList.headingEvidence))
        #expect(doc.evidence(of: Self.sources[2]).contains(ClosingSourceList.evidence))
    }

    /// Headlines numbered under a box heading: no citation (no comma, no year) in them.
    @Test func numberedHeadlinesAreNoSourceList() {
        let teasers = ["Trending", "1. Market square to go car free in summer", "2. New cycle path opens along the canal",
                       "3. Library extends its opening hours"]
        let doc = clean(Self.page(teasers))
        #expect(doc.paragraphs == Self.story, "\(doc.paragraphs)")
    }

    @Test func readsNumbersAndYears() {
        #expect(ClosingSourceList.number("1. Board") == 1)
        #expect(ClosingSourceList.number("[12] Board") == 12)
        #expect(ClosingSourceList.number("[a] Board") == nil)
        #expect(ClosingSourceList.holdsYear("annual returns, March 2025"))
        #expect(ClosingSourceList.holdsYear("Report 1987"))
        #expect(!ClosingSourceList.holdsYear("route 20255"))
        #expect(!ClosingSourceList.holdsYear("page 312"))
    }
}
