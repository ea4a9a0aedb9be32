import Testing
@testable import ReaderModel

/// Invented report whose sections are glued to their sub-headings: a short heading over a full
/// paragraph is the article's section, while a heading over a one-sentence summary glued to more
/// headings keeps reading as a teaser.
@Suite struct SectionParagraphUnderHeadingTests: TextPageCleaning {
    static let repairs = "The engineers found that the sea had washed out the rubble core behind the facing stones along a stretch of about forty metres, so the wall will be taken down course by course and rebuilt on a new concrete footing, with the old stones set back in their places where they are still sound and new granite cut to match where they are not."
    static let boats = "While the work goes on, the fishing boats that use the inner berths will be moored at the pontoons by the lifeboat station, and the board has agreed to waive their fees until the quay opens again, which the contractor expects to be some time before the end of September."

    static func page(firstSection: String) -> [String] {
        [
            "Harbour Notes",
            "Home | News | Sport | Weather",
            "",
            "The harbour board met on Tuesday evening to talk about the state of the old stone quay, which has been closed to cars since the storms of last winter cracked its outer wall.",
            "",
            "Members heard that the engineers' survey was finished in March and that the repairs will cost rather more than the board had first hoped.",
            "Repairs to the Outer Wall",
            firstSection,
            "Boats Moved for the Summer",
            boats,
            "Public Meeting in May",
            "",
            "The board will hold an open meeting in the village hall next month so that anyone with questions about the works can put them to the engineers in person.",
            "",
            "Copyright Harbour Notes",
        ]
    }

    @Test func fullParagraphUnderAGluedHeadingIsTheSection() {
        let doc = clean(Self.page(firstSection: Self.repairs))
        #expect(doc.paragraphs.contains("Repairs to the Outer Wall"))
        #expect(doc.paragraphs.contains(Self.repairs))
        #expect(doc.paragraphs.contains(Self.boats))
        let kept = doc.blocks.first { $0.text == Self.repairs }
        #expect(kept?.role == .body)
    }

    @Test func oneSentenceSummaryStaysATeaser() {
        let summary = "The engineers say the wall must come down and be rebuilt on a new footing."
        let doc = clean(Self.page(firstSection: summary))
        #expect(!doc.paragraphs.contains(summary))
        #expect(!doc.paragraphs.contains("Repairs to the Outer Wall"))
        #expect(doc.paragraphs.contains(Self.boats))
    }

    @Test func lengthCountsWordUnits() {
        let line = TextLine(text: Substring(Self.repairs), offset: 0, blankBefore: false, lineNumber: 1)
        #expect(SectionParagraphUnderHeading.isParagraph(line))
        let short = TextLine(text: "The engineers say the wall must come down.", offset: 0, blankBefore: false, lineNumber: 1)
        #expect(!SectionParagraphUnderHeading.isParagraph(short))
    }
}
