import Testing
@testable import ReaderModel

/// Invented list posts whose items are a short heading line over a paragraph, with no bullets and
/// no blank lines: every item stays, a heading of four or five words too (`UnbulletedItemList`),
/// where a run of teasers (news headlines over one-sentence summaries) under the story still goes.
@Suite struct UnbulletedItemListTests: TextPageCleaning {
    static let items = [
        ("Wool socks", "Two pairs of thick wool socks weigh less than one pair of boots' worth of blisters. Dry pairs go in a bag at the bottom of the pack."),
        ("A folding saw", "Deadwood for a fire is everywhere in the hills, but it is rarely thin enough to snap. A small saw does the work in a minute."),
        ("Spare laces tied together", "A long pair of laces mends a strap, hangs a wet shirt and ties a tarp to a tree. Mine have done all three on one night."),
        ("Tea bags", "Nothing warms a camp faster than a mug of tea. I carry twice as many bags as I expect to need, because somebody always forgets theirs."),
        ("Head torch", "Both hands stay free to pitch a tent in the dark. A spare battery goes in a pocket close to the body, where the cold cannot reach it."),
    ]

    static func page() -> [String] {
        ["Hill Days", "Walks", "Kit", "About", "", "Five things that always go in my pack, whatever the forecast says", "Posted on 3 May 2024 by Ruth Example",
         "I have walked these hills for thirty years and packed for every kind of weather. These are the five things that never come out of my bag."]
            + items.flatMap { [$0.0, $0.1] }
            + ["None of it is expensive, and all of it has earned its place more than once on a wet ridge.", "", "Filed under: Kit", "3 comments", "Leave a comment"]
    }

    @Test func everyItemStays() throws {
        let doc = clean(Self.page())
        for item in Self.items {
            #expect(doc.paragraphs.contains(item.0), "\(item.0)")
            #expect(doc.paragraphs.contains(item.1), "\(item.0)")
        }
        #expect(doc.title == "Five things that always go in my pack, whatever the forecast says")
        // The list-post page's item under a five-word heading names the rule that kept it.
        let post = try ScriptAwareCleaningTests.fixture("builds/list-post.txt")
        let listDoc = Cleaner().clean(Article(source: "builds/list-post.txt", format: .text, text: post))
        #expect(listDoc.blocks.contains { $0.evidence?.contains(UnbulletedItemList.evidence) == true })
    }

    @Test func aRunOfNewsHeadlinesIsNoList() {
        let lines = ["Harbour board votes to close the north pier for repairs", "The board says the work will take most of the summer.",
                     "Ferry operator to add Sunday crossings from May", "Tickets will cost the same as on weekdays.",
                     "New lifeboat station opens after two years of fundraising", "Volunteers raised the money with a sponsored swim."]
        let text = lines.joined(separator: "\n")
        let split = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(split, site: nil)
        #expect(!UnbulletedItemList.holds(0, split, evidence, in: 0..<split.count))
    }
}
