import Testing
@testable import ReaderModel

/// Invented pages: a glued list under a lead-in ending in a colon is part of the article even
/// when one short item is followed by a long one (the shape of a teaser headline and its summary).
@Suite struct ArticleListItemRunTests: TextPageCleaning {
    static let intro = "Our allotment society lends out a shared shed of tools, and new members often ask what they should bring along to their very first working morning on the plots."
    static let leadIn = "Before your first morning, check that you have the following:"
    static let items = [
        "a pair of sturdy gloves for the brambles",
        "boots that can stand an hour in wet clay, because the lower plots flood after every heavy rain in spring",
        "a flask of something hot to drink",
        "a notebook for the seed swap list",
    ]
    static let outro = "Everything else, from spades to wheelbarrows, waits in the shed, and the key hangs on a hook behind the noticeboard by the gate."

    @Test func aGluedListUnderAColonLeadInIsKept() {
        let doc = clean(["Your first morning at the allotment", "", Self.intro, "", Self.leadIn, ""] + Self.items + ["", Self.outro])
        for item in Self.items { #expect(doc.paragraphs.contains(item)) }
        #expect(doc.paragraphs.contains(Self.outro))
        #expect(doc.blocks.first { $0.text == Self.items[1] }?.evidence?.contains(ArticleListReason.notATeaser.evidence) == true)
    }

    @Test func aHeaderEndingInAColonIsNotAListItem() {
        let text = ["Seed swap notes", "", Self.intro, "", "Notes from the board:", "Mara Lindqvist wrote and added:",
                    "Her long message runs on for a while, the way replies on a busy notice board often do."].joined(separator: "\n")
        let parsed = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(parsed, site: nil)
        #expect(parsed[3].text == "Mara Lindqvist wrote and added:")
        #expect(ArticleList.teaserExemption(3, parsed, evidence, in: 0..<parsed.count) == nil)
    }

    @Test func shortItemsUnderAColonLeadInInsideTheBodyAreKept() {
        let items = ["For the bread:", "two mugs of flour", "a spoon of salt", "a cup of warm water", "For the topping:", "a handful of seeds"]
        let doc = clean(["Flatbread on the allotment stove", "", Self.intro, "", Self.leadIn, ""] + items.flatMap { [$0, ""] }
                        + ["Comments", "", Self.outro])
        #expect(doc.paragraphs.contains("a spoon of salt"))
        #expect(doc.paragraphs.contains("a handful of seeds"))
        #expect(doc.blocks.first { $0.text == "a spoon of salt" }?.evidence?.contains(ArticleListReason.underLeadIn.evidence) == true)
    }

    @Test func aShortColonLeadInAfterAParagraphIsKeptWhenItIntroducesTheBody() {
        let code = ["plot.water(litres: 4);", "plot.weed();", "shed.lock();"]
        let doc = clean(["Scripting the allotment", "", Self.intro, "", "Then a helper types this:", ""] + code + ["", Self.outro])
        #expect(doc.paragraphs.contains("Then a helper types this:"))
        let share = clean(["Scripting the allotment", "", Self.intro, "", "Liked it? Pass it on here:", "Facebook", "", Self.outro])
        #expect(!share.paragraphs.contains("Liked it? Pass it on here:"))
    }
}

/// Invented release notes: glued items where a short heading-like item is followed by a long item
/// and then another long item are a list, not a teaser headline with its summary.
@Suite struct GluedNotesListTests {
    @Test func longItemsAfterAShortOneAreNotTeasers() {
        let lines = [
            "Garden society notes for March", "",
            "The committee met twice this month and most of the work went into getting the shed and the water supply ready for the season.", "",
            "Water and tools",
            "New washer for the east tap",
            "Three of the borrowed spades were returned with broken handles and have been sent to the blacksmith in town for repair",
            "The wheelbarrow tyre was pumped up again and a spare inner tube now hangs on the shed door for whoever needs it next", "",
            "Next month the committee will decide on the seed order and on the date of the spring open day for the neighbours.",
        ]
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
        #expect(doc.paragraphs.contains(lines[5]))
        #expect(doc.paragraphs.contains(lines[6]))
        #expect(doc.blocks.first { $0.text == lines[6] }?.evidence?.contains("not a teaser") == true)
    }
}
