import Testing
@testable import ReaderModel

/// A linked line repeated word for word under three or more items of the article is each item's row
/// of links and goes; a linked line written once, or a plain line that repeats, stays.
@Suite struct HTMLRepeatedLinkRowTests {
    private static let row = "Open the full notice Keep on my board Send to a neighbour"
    private static let notices = [
        "Boat builder wanted at the Marrow Bay slipway, four days a week, for the winter refit of two ferries and a pilot launch.",
        "The harbour office seeks a part-time clerk to keep the mooring ledger, answer the radio and collect the visitors' dues.",
        "Experienced net mender needed by the fishermen's cooperative, mornings only, tools and a heated shed provided on the quay.",
        "Summer kiosk staff for the pier cafe: serving teas, selling ferry tickets and keeping the terrace tidy between sailings.",
    ]

    private static func listing(_ items: [String], row: (Int) -> String) -> String {
        let body = items.enumerated().map { i, text in
            "<p>\(text)</p>\n<p>\(row(i))</p>"
        }.joined(separator: "\n")
        return """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Jobs by the harbour</title></head><body>
        <article><h1>Jobs by the harbour</h1>
        \(body)
        <p>New notices are added every Monday morning by the harbour office staff.</p>
        </article>
        <footer><p>Marrow Bay Gazette, all rights reserved</p></footer>
        </body></html>
        """
    }

    private static func actionRow(_ i: Int) -> String {
        "<a href='/n\(i)'>Open the full notice</a> <a href='/k\(i)'>Keep on my board</a> <a href='/s\(i)'>Send to a neighbour</a>"
    }

    @Test func rowRepeatedUnderEveryItemGoes() {
        let doc = HTMLFixtures.clean(Self.listing(Self.notices, row: Self.actionRow))
        #expect(!doc.paragraphs.contains(Self.row))
        #expect(doc.paragraphs.contains(Self.notices[0]) && doc.paragraphs.contains(Self.notices[3]))
        let block = doc.blocks.first { $0.text == Self.row }
        #expect(block?.role == .removed)
        #expect(block?.evidence?.contains("repeats word for word 4 times") == true)
    }

    @Test func linkedLineWrittenOnceStays() {
        let cited = "See <a href='/report'>the harbour board's winter report</a>"
        let html = Self.listing(Self.notices, row: { $0 == 1 ? cited : "" })
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains("See the harbour board's winter report"))
    }

    @Test func plainLineRepeatedStays() {
        let doc = HTMLFixtures.clean(Self.listing(Self.notices, row: { _ in "Four mornings a week on the quay" }))
        #expect(doc.paragraphs.filter { $0 == "Four mornings a week on the quay" }.count == 4)
    }

    @Test func countsOnlyShortLinkedRepeats() {
        let short = (text: "Keep on my board", length: 16, linkPercent: 100)
        let plain = (text: "Keep on my board", length: 16, linkPercent: 0)
        #expect(RepeatedLinkRow.repeated([short, short, short]) == [true, true, true])
        #expect(RepeatedLinkRow.repeated([short, short]) == [false, false])
        #expect(RepeatedLinkRow.repeated([short, short, plain]) == [false, false, false])
        let pointer = (text: "See the mooring rules.", length: 22, linkPercent: 90)
        #expect(RepeatedLinkRow.repeated([pointer, pointer, pointer]) == [false, false, false])
        let long = (text: String(repeating: "a", count: 240), length: 240, linkPercent: 100)
        #expect(RepeatedLinkRow.repeated([long, long, long]) == [false, false, false])
    }
}
