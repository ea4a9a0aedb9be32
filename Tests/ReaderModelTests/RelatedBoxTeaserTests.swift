import Testing
@testable import ReaderModel

/// A related-stories box between the article's header and its text, each card a headline over its
/// own byline: the last card echoes the body, but the headline is the one over the page's header.
/// Invented copies.
@Suite struct RelatedBoxTeaserTests: TextPageCleaning {
    static let headline = "Almsford ferry timetable doubles as two new boats join the crossing"
    static let body = HeadlineFinderTests.body
    static let box = [
        "Related stories",
        "Feature",
        "The last boatbuilders of the Cray Point yard",
        "By Morwen Example",
        "Interview",
        "Commuters at Cray Point ask for more ferry crossings on the river",
        "By Idris Example",
    ]

    static func page(box: [String]) -> [String] {
        HeadlineFinderTests.menu + ["", headline, "March 4, 2025 at 07:19", "Share", "Print", ""] + box + [""] + body
    }

    @Test func theLastCardOfTheBoxIsNotTheHeadline() {
        let doc = clean(Self.page(box: Self.box))
        #expect(doc.title == Self.headline)
    }

    @Test func holdsOnlyPastAnotherCardsByline() {
        let lines = Self.page(box: Self.box)
        let copy = LineSplitter.lines(of: lines.joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(copy, site: nil)
        let last = copy.firstIndex { $0.text.hasPrefix("Commuters at Cray Point") }!
        let first = copy.firstIndex { $0.text.hasPrefix("The last boatbuilders") }!
        #expect(RelatedBoxTeaser.holds(last, copy, evidence))
        // The first card has no card above it: the box's label alone proves nothing.
        #expect(!RelatedBoxTeaser.holds(first, copy, evidence))
    }

    @Test func aBlankLineClosesTheBox() {
        var box = Self.box
        box.insert("", at: 5)
        let copy = LineSplitter.lines(of: Self.page(box: box).joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(copy, site: nil)
        let last = copy.firstIndex { $0.text.hasPrefix("Commuters at Cray Point") }!
        #expect(!RelatedBoxTeaser.holds(last, copy, evidence))
    }
}
