import Testing
@testable import ReaderModel

/// Invented documents whose contents list runs two levels deep ("3. Results", "3.1. Survey",
/// "3.2. Interviews", "4. Discussion"): the first level is the body's numbered run, and the second
/// level between two of its items is the same outline (`OutlineSubItems`), not a run of fragments.
@Suite struct OutlineSubItemsTests: TextPageCleaning {
    static let intro = "This report sets out what the parish survey of footpaths found over the winter, which paths need work first, and what the volunteers propose to do about them before the summer walking season."
    static let outro = "The survey was carried out by twelve volunteers between November and February, walking every public path in the parish at least once and noting gates, stiles, signs and surfaces."

    static let contents = [
        "1. Summary",
        "2. Method",
        "3. Findings",
        "3.1. Gates and stiles",
        "3.2. Signposts",
        "3.3. Surfaces and drainage",
        "4. Priorities",
        "5. Costs",
    ]

    static func page(_ contents: [String]) -> [String] {
        ["Parish footpath survey 2024", "", intro, "", "Contents", ""] + contents + ["", outro, "", "Parish council", "Contact us"]
    }

    @Test func subItemsBetweenTwoItemsAreKept() {
        let doc = clean(Self.page(Self.contents))
        for item in Self.contents { #expect(doc.paragraphs.contains(item)) }
        #expect(doc.evidence(of: "3.2. Signposts").contains(OutlineSubItems.evidence))
        #expect(doc.paragraphs.contains(Self.outro))
    }

    @Test func outlineNumbers() {
        #expect(OutlineSubItems.outlineNumber("12.1. WebFinger") ?? (0, 0) == (12, 1))
        #expect(OutlineSubItems.outlineNumber("3.7.2 SpiderMonkey") ?? (0, 0) == (3, 7))
        #expect(OutlineSubItems.outlineNumber("12. Example transcripts") == nil)
        #expect(OutlineSubItems.outlineNumber("12.5%") == nil)
    }

    /// A line that opens on a decimal figure between two items, with no second in sequence, is no sub-item.
    @Test func aDecimalFigureIsNoOutline() {
        let lines = LineSplitter.lines(of: ["1. Summary", "2. Method", "2.5 miles walked", "3. Findings", "4. Costs"].joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        OutlineSubItems.mark(lines, &evidence, chain: [0, 1, 3, 4])
        #expect(evidence[2].listItem == nil)
    }
}
