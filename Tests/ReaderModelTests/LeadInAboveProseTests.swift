import Testing
@testable import ReaderModel

/// Invented pages: a sentence ending in a colon that introduces the article's text belongs to it,
/// though no paragraph stands above it.
@Suite struct LeadInAboveProseTests: TextPageCleaning {
    static let paragraphs = [
        "The lighthouse keepers finished repainting the lantern room on Tuesday, two weeks ahead of the storms that usually close the cliff path.",
        "On Thursday the harbour master opened the new ferry timetable, with an extra boat on Sunday mornings for the market.",
        "Friday brought the first frost, and the school moved its sports afternoon into the hall, where the benches were set out in rows.",
    ]
    static let footer = ["Share", "Facebook", "Email", "Older posts"]

    @Test func aLeadInSentenceRightAboveTheBodyIsKept() {
        let leadIn = "Here is a short look at what happened along the coast last week:"
        let summary = "A quiet week on the coast, with paint, ferries and the first frost."
        let doc = clean(["Coast week in review", "", summary, "", leadIn, ""] + Self.paragraphs.flatMap { [$0, ""] } + Self.footer)
        #expect(doc.paragraphs.contains(leadIn))
        #expect(doc.title == "Coast week in review")
    }

    @Test func aShortLabelWithAColonIsNoLeadIn() {
        let doc = clean(["Coast week in review", "", "Filed under:", ""] + Self.paragraphs.flatMap { [$0, ""] } + Self.footer)
        #expect(!doc.paragraphs.contains("Filed under:"))
    }

    @Test func aLeadInOpeningTheArticleIsNoStandfirst() {
        let leadIn = "The harbour master put the new rules for the slipway quite plainly:"
        let quoted = "    Boats may be left on the slipway for one tide only, and any boat left longer will be moved by the harbour crew at the owner's cost, whatever the weather and whoever owns it."
        let doc = clean(["Slipway rules change", "", "March 8, 2024", "", leadIn, "", quoted, ""] + Self.paragraphs.flatMap { [$0, ""] } + Self.footer)
        #expect(doc.standfirst == nil)
        #expect(doc.paragraphs.first == leadIn)
    }
}
