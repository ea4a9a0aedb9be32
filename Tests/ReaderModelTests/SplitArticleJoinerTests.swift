import Testing
@testable import ReaderModel

/// An invented essay with a reading list of links in its middle: the halves on both sides are one
/// document, while a sidebar parted from the article by a "Related" header stays out.
@Suite struct SplitArticleJoinerTests: TextPageCleaning {
    static let firstHalf = [
        "When I began to build small radios as a teenager, I had no idea how much of the work would be reading rather than soldering.",
        "The circuits themselves were simple enough, but every part came with a data sheet written for engineers, and I had to learn their language.",
        "My first attempts failed because I trusted the drawings in old magazines, which often left out the values that mattered most to the builder.",
        "Over a few winters I learned to check each part against its sheet, to measure before trusting, and to keep a notebook of every mistake.",
        "That notebook is the reason for this essay: it holds the lessons I wish someone had given me on the first day at the workbench.",
        "Before the lessons, here are the books and pages that helped me most, in the order in which I would read them again today.",
    ]
    static let readingList = [
        "Practical Radio Building For Beginners", "Example Press Catalogue Page Forty",
        "Understanding Tuned Circuits Without Tears", "Example Site Tuned Circuit Notes",
        "The Amateur Workbench Companion Volume Two", "Example Library Workbench Archive",
        "Measuring Small Signals At Home Cheaply", "Example Club Measurement Handbook",
        "Soldering Skills For Careful Hobbyists", "Example Forum Soldering Guide Index",
        "Reading Data Sheets Like An Engineer", "Example University Data Sheet Course",
        "Building Receivers From Salvaged Parts", "Example Shop Salvage Parts Listing",
        "Antenna Theory For The Back Garden", "Example Society Antenna Pages Online",
    ]
    static let secondHalf = [
        "The first lesson is to build slowly: a radio that works on the third evening teaches more than one rushed together in an afternoon.",
        "The second lesson is to keep the workbench tidy, because a stray clipping of wire can short a board and hide the fault for hours.",
        "The third lesson is to write down every measurement, even the boring ones, since the pattern of a fault only shows across many of them.",
        "The fourth lesson is to ask for help early, because the people at the local club have usually made the same mistake many years before.",
        "The last lesson is to finish what you start, even when the radio only hisses, since the hiss itself tells you which stage is at fault.",
        "If you follow these few habits, the books above will make far more sense, and your second radio will work much sooner than your first.",
    ]

    @Test func aReadingListInTheMiddleDoesNotCutTheEssay() {
        let doc = clean(Self.firstHalf.flatMap { [$0, ""] } + Self.readingList + [""] + Self.secondHalf.flatMap { [$0, ""] })
        for paragraph in Self.firstHalf + Self.secondHalf { #expect(doc.paragraphs.contains(paragraph)) }
    }

    @Test func widenJoinsAComparableNeighbour() {
        let pieces = [0..<4, 20..<24]
        var scores = [Double](repeating: -2, count: 24)
        for i in [0, 1, 2, 3, 20, 21, 22, 23] { scores[i] = 60 }
        let lines = LineSplitter.lines(of: String(repeating: "word\n", count: 24))
        let evidence = [LineEvidence](repeating: LineEvidence(shape: .short), count: 24)
        let widened = SplitArticleJoiner.widen(pieces, first: 1, last: 1, scores: scores, lines: lines, evidence: evidence)
        #expect(widened.first == 0 && widened.last == 1)
    }

    @Test func aRelatedHeaderStillEndsTheArticle() {
        let related = ["Related stories"] + Self.readingList
        let doc = clean(Self.firstHalf.flatMap { [$0, ""] } + related + [""] + Self.secondHalf.prefix(4).flatMap { [$0, ""] })
        #expect(!doc.paragraphs.contains(Self.secondHalf[0]))
        for paragraph in Self.firstHalf { #expect(doc.paragraphs.contains(paragraph)) }
    }
}
