import Testing
@testable import ReaderModel

/// A three-column page with no class names that say which column is which: the post under the
/// heading that repeats the page title is a list of partly linked items (a week's round-up), and an
/// unnamed side column of long event blurbs scores more. The post, a post's length of text, wins.
@Suite struct HTMLTitledListPostTests {
    static let items = [
        "On Monday the <a href='/a'>ferry timetable for the winter</a> was published, with two extra crossings on Fridays.",
        "On Tuesday the <a href='/b'>harbour office opened its new counter</a> for mooring permits and visitor passes.",
        "On Wednesday the <a href='/c'>lifeboat crew trained</a> with the coastguard helicopter off the north mole.",
        "On Thursday the <a href='/d'>fish market moved its auction</a> to six in the morning for the rest of the season.",
        "On Friday the <a href='/e'>sailing club elected a new commodore</a> after twelve years under the same one.",
    ]
    static let blurbs = (1...4).map { i in
        "Evening talk number \(i), in the hall by the church, at seven: a local historian, a retired pilot, or a net mender, "
            + "will speak about the harbour, its boats, its trades, its storms, and its families, with questions, tea, and cake afterwards."
    }

    static func page() -> String {
        """
        <html><head><title>Harbour Log: The week in the harbour</title></head><body><div id='page'>
        <div id='left'><ul>\((1...8).map { "<li><a href='/p\($0)'>Older post \($0)</a></li>" }.joined())</ul></div>
        <div id='middle'><div class='entry'><h3 class='entry-header'>The week in the harbour</h3>
        <div class='entry-body'><p>A quick look at what happened around the harbour last week:</p>
        <ul>\(items.map { "<li>\($0)</li>" }.joined())</ul></div></div>
        <div><a href='/before'>The week before</a></div></div>
        <div id='right'><div><h2>Coming up</h2>\(blurbs.map { "<div>\($0)</div>" }.joined())</div></div>
        </div></body></html>
        """
    }

    @Test func theTitledPostOfLinkedItemsBeatsTheSideColumn() {
        let doc = HTMLFixtures.clean(Self.page())
        #expect(doc.paragraphs.contains { $0.hasPrefix("On Monday the ferry timetable") })
        #expect(doc.paragraphs.contains { $0.hasPrefix("On Friday the sailing club") })
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Evening talk") })
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("repeats the page title") })
    }
}
