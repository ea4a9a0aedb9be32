import Testing
@testable import ReaderModel

/// Invented essay: a lead paragraph, then its contents (three numbered parts), then the parts
/// themselves. Each part's heading is printed twice (in the contents and over its section); the
/// first part's heading has the contents right above it rather than a paragraph, and is still the
/// heading of its section. A sidebar list whose label heads it names no section of the page.
@Suite struct FirstListedSectionHeadingTests: TextPageCleaning {
    static let lead = "I was asked to write a few pages about how I came to keep bees on a city roof, and I agreed on the condition that I could tell it in three short parts."
    static let first = "The first hive arrived in a cardboard box on the back of a bicycle, and for a week I did nothing but watch the bees come and go from the chimney stack."
    static let second = "The neighbours were less worried than I had feared; most of them asked for honey before they asked about stings, and one of them now helps with the frames."
    static let third = "The roof itself turned out to be the hardest part, because the wind up there dries the comb and the bees need water brought up every morning in summer."
    static let parts = ["I. How the first hive came", "II. What the neighbours said", "III. Keeping a roof garden"]

    static func page(contents: [String]) -> [String] {
        ["Roof Notes", "Home", "Essays", "", "Bees above the city", "", lead, ""] + contents
            + ["", parts[0], "", first, "", parts[1], "", second, "", parts[2], "", third, "", "Contact the editor"]
    }

    @Test func theFirstSectionHeadingUnderTheContentsIsKept() {
        let doc = clean(Self.page(contents: Self.parts))
        let firstAt = doc.paragraphs.lastIndex(of: Self.parts[0])
        let textAt = doc.paragraphs.firstIndex(of: Self.first)
        #expect(firstAt != nil && textAt != nil && firstAt! + 1 == textAt!)
        let evidence = doc.blocks.last { $0.text == Self.parts[0] }?.evidence ?? ""
        #expect(evidence.contains(RepeatedHeadingDetector.firstSectionEvidence))
    }

    @Test func aContentsLabelMayHeadTheBlock() {
        let doc = clean(Self.page(contents: ["Contents"] + Self.parts))
        #expect(doc.paragraphs.contains(Self.parts[0]))
    }

    @Test func aListWhoseFirstItemIsNotTheHeadingKeepsItOut() {
        // The repeated line stands under a "Most read" list it is the last item of.
        let list = ["Most read this week", "Wasps in the orchard", "A hive for the school", Self.parts[0]]
        let doc = clean(Self.page(contents: list))
        #expect(!doc.blocks.contains { $0.text == Self.parts[0] && ($0.evidence ?? "").contains(RepeatedHeadingDetector.firstSectionEvidence) })
    }

    @Test func aTitleOverAShareBarIsNoContents() {
        // The title, the share buttons, the title again, then the story: nothing else is listed.
        let head = ["Roof Notes", "Home", "Essays", "", Self.lead, "Bees above the city", "Share on Facebook",
                    "Share on Twitter", "Share by email", "Bees above the city", "", Self.first, "", Self.second]
        let doc = clean(head)
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(RepeatedHeadingDetector.firstSectionEvidence) })
    }
}
