import Testing
@testable import ReaderModel

/// Invented stories with an ad slot between two paragraphs and a short line next to it that is the
/// story's own: a sub-heading, a closing sentence, a lead-in. The walk that gives a short line the
/// class of its neighbours passes over the slot for any of them (`AdSlotInBody`); a teaser set in
/// the slot's place, a label and a colon over a headline, still goes with the slot.
@Suite struct AdSlotContinuationTests: TextPageCleaning {
    static let first = "The ferry between the two islands stopped running in March when the old boat failed its inspection, and for six weeks the only way across was a fishing launch that took eight passengers at a time."
    static let second = "The replacement arrived from the mainland yard on Tuesday, a steel hull painted the same green as the old one, and the crew spent two days learning its controls in the shelter of the harbour wall."
    static let third = "The council says the timetable will go back to four crossings a day from Monday, with an extra evening sailing on Fridays until the end of the summer season."

    static func page(_ slot: String, _ shortLine: String, shortLineFirst: Bool = false) -> [String] {
        let middle = shortLineFirst ? [shortLine, "", slot] : [slot, "", shortLine]
        return ["Island ferry back in service after six weeks", "", first, "", second, ""] + middle + ["", third, "", "Share this story", "Most read"]
    }

    @Test func aSubHeadingUnderTheSlotIsKept() {
        let doc = clean(Self.page("ADVERTISEMENT", "A new boat for an old route"))
        #expect(doc.paragraphs.contains("A new boat for an old route"))
        #expect(doc.evidence(of: "A new boat for an old route").contains(AdSlotInBody.evidence))
        #expect(!doc.paragraphs.contains("ADVERTISEMENT"))
        #expect(doc.paragraphs.contains(Self.third))
    }

    @Test func aLeadInAboveTheSlotIsKept() {
        let doc = clean(Self.page("Anzeige", "Here is what changes for passengers:", shortLineFirst: true))
        #expect(doc.paragraphs.contains("Here is what changes for passengers:"))
        #expect(!doc.paragraphs.contains("Anzeige"))
    }

    @Test func aLabelledTeaserUnderTheSlotGoes() {
        for teaser in ["More on the site: Harbour festival returns after three years", "Lees ook: Nieuwe brug over de haven geopend"] {
            let doc = clean(Self.page("ADVERTISEMENT", teaser))
            #expect(!doc.paragraphs.contains(teaser))
            #expect(doc.paragraphs.contains(Self.third))
        }
    }

    /// The teaser's shape, read without words: a label of a few words, a colon, a headline that ends no sentence.
    @Test func labelledTeaserShape() {
        func line(_ text: String) -> TextLine { LineSplitter.lines(of: text)[0] }
        #expect(AdSlotInBody.isLabelledTeaser(line("עוד באתר: הפסטיבל האזורי חוזר לאחר הפסקה של שלוש שנים")))
        #expect(AdSlotInBody.isLabelledTeaser(line("Elsewhere: harbour festival returns after three years")))
        #expect(!AdSlotInBody.isLabelledTeaser(line("Note: the figures are provisional.")))
        #expect(!AdSlotInBody.isLabelledTeaser(line("Before we begin, a look at the five points:")))
        #expect(!AdSlotInBody.isLabelledTeaser(line("A new boat for an old route")))
        #expect(AdSlotInBody.passes(line("Q: Any regrets?")))
    }
}
