import Testing
@testable import ReaderModel

/// Invented pages: lists the article writes with markers (numbers in sequence, shared bullets)
/// keep their short items where neighbours alone would drop them.
@Suite struct MarkedListRunTests: TextPageCleaning {
    static let intro = [
        "Every autumn the choir of our village hall records a tape of the songs it sang around the stove on the long wet evenings, and this year the tape came out longer than ever.",
        "We picked quiet songs for grey afternoons, the kind you put on while the kettle warms and the rain runs down the windows of the kitchen.",
    ]
    static let playlist = [
        "1. Lanterns on the Pier - The Low Tides",
        "2. A Kettle for Two - Marigold",
        "3. Rain on Tin - Hollow Oak",
        "4. The Ferryman Sleeps - Bell Harbour",
        "5. Woollen Socks - The Low Tides",
    ]
    static let footer = ["Share", "Facebook", "Email", "Older posts"]

    @Test func aNumberedListFromOneUnderTheBodyIsKept() {
        // Blank lines between the items: no glued block, only the numbering says it is one list.
        let doc = clean(["Songs for the stove", ""] + Self.intro.flatMap { [$0, ""] } + Self.playlist.flatMap { [$0, ""] } + Self.footer)
        for item in Self.playlist { #expect(doc.paragraphs.contains(item)) }
        #expect(doc.blocks.first { $0.text == Self.playlist[2] }?.evidence?.contains(ArticleListReason.numberedClosingList.evidence) == true)
        for line in Self.footer { #expect(!doc.paragraphs.contains(line)) }
    }

    @Test func aListNotStartingAtOneStaysOut() {
        let doc = clean(["Songs for the stove", ""] + Self.intro.flatMap { [$0, ""] } + Self.playlist.dropFirst(2).flatMap { [$0, ""] } + Self.footer)
        #expect(!doc.paragraphs.contains(Self.playlist[4]))
    }

    @Test func labelledStepsContinueTheBodysNumbering() {
        let page = ["Turning a word into another", ""] + Self.intro.flatMap { [$0, ""] } + [
            "Each step below changes one letter of the word until it reads the way we want it to read, and we count the steps.",
            "",
            "Step 1: swap the first letter",
            "Step 2: drop the last letter",
            "Step 3: add a letter at the end",
            "",
        ] + Self.footer
        let doc = clean(page)
        #expect(doc.paragraphs.contains("Step 2: drop the last letter"))
        #expect(doc.paragraphs.contains("Step 3: add a letter at the end"))
    }

    @Test func markersAreRead() {
        #expect(MarkedListRun.marker("3. Rain on Tin") == MarkedListRun.Marker(key: ".", number: 3))
        #expect(MarkedListRun.marker("Step 2 (drop h): hear") == MarkedListRun.Marker(key: "Step", number: 2))
        #expect(MarkedListRun.marker("Part 12: the end") == MarkedListRun.Marker(key: "Part", number: 12))
        #expect(MarkedListRun.marker("Step 1a is odd") == nil)
        #expect(MarkedListRun.marker("Route 66") == nil)
        #expect(MarkedListRun.marker("In 2012 we sang") == nil)
    }

    @Test func numberedSectionHeadingsFarApartAreKept() {
        let para = { (n: Int) in "Paragraph \(n) of the guide tells in plain words how the choir warms its voices before the evening starts and why it matters so much to everybody." }
        let page = ["A choir's evening", "", para(0), "", "1. Warming up", "", para(1), "", "Tea break", "", "Tea break", "",
                    "2. The first song", "", "Tea break", "", para(2), "", "3. Closing", "", para(3), ""] + Self.footer
        let doc = clean(page)
        #expect(doc.paragraphs.contains("2. The first song"))
    }

    @Test func bulletedItemsBesideProseItemsAreKept() {
        let page = ["What the new hall offers", ""] + Self.intro.flatMap { [$0, ""] } + [
            "• A stage wide enough for the whole choir to stand in two rows without anybody stepping on the edge",
            "",
            "• Warm chairs",
            "",
            "• A kitchen with a kettle big enough for the long rehearsals on winter nights, and cups for all",
            "",
            "• Cookie jars",
            "",
            "• A cupboard for sheet music",
            "",
            "We hope to see you there on the first Friday of the month, when the doors open at seven and the stove is already lit.",
            "",
        ] + Self.footer
        let doc = clean(page)
        #expect(doc.paragraphs.contains("• Warm chairs"))
        #expect(doc.paragraphs.contains("• A cupboard for sheet music"))
    }
}
