import Testing
@testable import ReaderModel

/// Invented posts closed by their filing line (a label and a colon over short names): the line and
/// what little follows it leave the body; a closing sentence that happens to hold a colon and commas stays.
@Suite struct TaxonomyLineTailTests: TextPageCleaning {
    static let post = [
        "The village hall roof was finally finished on Friday, three months late and a little over budget, but dry for the first time in years.",
        "The builders found the old oak beams in better shape than anyone had feared, and only two of them needed to be replaced with new timber.",
        "The hall reopens next week with the usual Tuesday market, and the committee has promised a party once the scaffolding is gone.",
    ]

    static func head() -> [String] {
        ["Parish Notes", "Home", "News", "", "The hall roof is done", "", "March 8, 2024", ""] + post.flatMap { [$0, ""] }
    }

    @Test func theFilingLinesLeaveTheBody() {
        let filing = ["Sorted into: Buildings, Village Hall, Repairs, Committee.", "Marked with: roof, oak, market."]
        let doc = clean(Self.head() + filing.flatMap { [$0, ""] })
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: filing[0])
        #expect(explained.contains(TaxonomyLineTail.evidence))
    }

    @Test func filingLinesAreLabelledListsOfShortNames() {
        #expect(TaxonomyLineTail.isFilingLine("Sorted into: Buildings, Village Hall, Repairs, Committee."))
        #expect(TaxonomyLineTail.isFilingLine("Filed in: Village Life Marked with: Roofs"))
        #expect(TaxonomyLineTail.isFilingLine("分类：建筑、村务、维修"))
        #expect(!TaxonomyLineTail.isFilingLine("Note: the hall is dry, the beams held, and the market returns on Tuesday."))
        #expect(!TaxonomyLineTail.isFilingLine("Buildings, Village Hall, Repairs, Committee"))
        #expect(!TaxonomyLineTail.isFilingLine("Per slice: 210 kcal, 9 g fat, 3 g fibre"))
        #expect(!TaxonomyLineTail.isFilingLine("Leader: Anna Example\tDeputy: Ben Sample"))
        #expect(!TaxonomyLineTail.isFilingLine("The committee met at 7:30 and agreed on the colours, the lights, the chairs."))
    }

    @Test func aRecordsFieldRepeatedDownTheListStays() {
        let records = ["Cast: Anna Example, Ben Sample, Cora Placeholder", "The first play ran for a week.",
                       "Cast: Dan Example, Eve Sample, Finn Placeholder", "The second play ran for a fortnight."]
        let text = (Self.post + records).joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        #expect(TaxonomyLineTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count) == 0..<lines.count)
    }

    @Test func aClosingSentenceWithAColonStays() {
        let closing = "One thing is left to decide: who, after all these months, gets to cut the ribbon."
        let doc = clean(Self.head() + [closing, ""])
        #expect(doc.paragraphs == Self.post + [closing])
    }

    @Test func labelsJoinedToAPrepositionStillFileThePost() {
        let filing = "Filed Under: Village Tagged With: Roofs"
        let doc = clean(Self.head() + [filing, ""])
        #expect(doc.paragraphs == Self.post)
        #expect(TaxonomyLineTail.filingLabels(Substring(filing)) == 2)
        // Two of its six words are function words, one in each label: counted apart, the names hold none.
        let line = TextLine(text: Substring(filing), offset: 0, blankBefore: false, lineNumber: 1)
        #expect(!TaxonomyLineTail.isNameList(line))
        #expect(TaxonomyLineTail.isNameList(line, labels: 2))
    }

    static let box = ["Related Posts", "", "Five ways to mend a leaking gutter", "", "The parish pump gets a new handle", "",
                      "Why the market moved to Tuesdays", "", "A winter walk along the old canal", ""]
    static let appeal = "If you liked reading this, please leave a note below or follow the feed to get every new post in your reader."
    static let blurb = "This blog is kept by a few neighbours who like to write down what happens around the green and the hall, week by week."

    @Test func theFootersParagraphUnderABoxGoesWithTheFilingLine() {
        let filing = "Filed Under: Village Tagged With: Roofs"
        let doc = clean(Self.head() + Self.box + [Self.appeal, filing, "About", "", Self.blurb, ""])
        #expect(doc.paragraphs == Self.post)
        #expect(doc.evidence(of: Self.appeal).contains(FooterParagraphUnderBox.evidence))
    }

    @Test func aLastParagraphGluedToTheFilingLineWithNoBoxAboveStays() {
        let filing = "Filed Under: Village Tagged With: Roofs"
        let last = "The committee thanks everyone who lent a ladder, a van or an afternoon to the work."
        let doc = clean(Self.head() + [last, filing, ""])
        #expect(doc.paragraphs == Self.post + [last])
    }
}
