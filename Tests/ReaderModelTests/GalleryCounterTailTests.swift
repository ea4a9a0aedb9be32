import Testing
@testable import ReaderModel

/// Invented pages: a slideshow of counted slides copied under a story leaves the body; a recipe's
/// fractions, dated rows and a slideshow that is the whole page stay.
@Suite struct GalleryCounterTailTests {
    static let story = [
        "Orchard growers in the northern hills expect the smallest apple harvest in a decade after a late frost damaged the blossom in April.",
        "The growers' association says some farms lost more than half their crop, and it has asked the regional council for help with storage costs.",
        "Cider makers, who buy much of the fruit, say they will import from the coast to keep their presses running through the autumn.",
    ]

    static func slides(_ counter: (Int) -> String, count: Int = 5) -> [String] {
        (1...count).flatMap { n in
            [counter(n) + " Market day in the old town",
             "Stallholders set out crates of pears and plums before the square opens to visitors on the first Saturday of the month, as they have for many years."]
        }
    }

    static func read(_ paragraphs: [String]) -> (lines: [TextLine], evidence: [LineEvidence], scores: [Double]) {
        let text = paragraphs.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        return (lines, evidence, BodySegment.scores(lines, evidence))
    }

    @Test func countersAreRead() {
        #expect(GalleryCounterTail.counter("3/12 Harbour at dawn") == .init(number: 3, total: 12))
        #expect(GalleryCounterTail.counter("3 / 12") == .init(number: 3, total: 12))
        #expect(GalleryCounterTail.counter("3 of 12 Harbour") == .init(number: 3, total: 12))
        #expect(GalleryCounterTail.counter("3 de 12") == .init(number: 3, total: 12))
        #expect(GalleryCounterTail.counter("3 из 12") == .init(number: 3, total: 12))
        // A date, a fraction with its unit read apart by the run, a number over its total, no total.
        #expect(GalleryCounterTail.counter("3/12/2019 Harbour") == nil)
        #expect(GalleryCounterTail.counter("1/2 cup of milk") == nil)
        #expect(GalleryCounterTail.counter("14/12 Harbour") == nil)
        #expect(GalleryCounterTail.counter("3 Harbour streets") == nil)
        #expect(GalleryCounterTail.counter("3 Of 12") == nil)
    }

    @Test func slideshowUnderTheStoryLeaves() {
        for counter: (Int) -> String in [{ "\($0)/5" }, { "\($0) of 5" }, { "\($0) / 5" }, { "\($0) sur 5" }] {
            var (lines, evidence, scores) = Self.read(Self.story + Self.slides(counter))
            let body = GalleryCounterTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
            #expect(body == 0..<Self.story.count)
            #expect(evidence[lines.count - 1].noise == .gallery)
            #expect(evidence[lines.count - 1].noiseSource == .rule(GalleryCounterTail.evidence))
        }
    }

    /// A slideshow between the story's paragraphs, counted to its total: only the slides leave,
    /// and the story under it stays.
    @Test func slideshowInsideTheStoryLeavesAlone() {
        let rest = [
            "The council has promised to review the frost insurance scheme before next spring, after growers said the current rules left small farms with almost nothing.",
            "Several orchards plan to plant later-flowering varieties on their lower slopes, where cold air settles on still nights in April and May.",
            "A cooperative in the valley has also offered to share its cold store with neighbours, so that the smaller harvest can be sold over a longer season.",
        ]
        let captions = ["Frost damage on blossom in the upper orchard.", "Pickers sort the few apples left on the terraces.",
                        "Crates stacked by the cider press.", "The valley seen from the growers' hall."]
        let slides = (1...4).flatMap { ["\($0) / 4", captions[$0 - 1] + " Photo: Orchard Weekly"] }
        var (lines, evidence, scores) = Self.read(Self.story + ["In pictures"] + slides + rest)
        let body = GalleryCounterTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
        let firstSlide = Self.story.count + 1
        #expect(evidence[firstSlide].noise == .gallery)
        #expect(evidence[firstSlide + slides.count - 1].noiseSource == .rule(GalleryCounterTail.insideEvidence))
        #expect(evidence[lines.count - 1].noise == nil)
    }

    @Test func slideshowWithLostSlidesLeaves() {
        let slides = Self.slides({ "\($0)/9" }, count: 9)
        // The copy lost slides 2 and 3.
        let kept = Array(slides[0..<2] + slides[6...])
        var (lines, evidence, scores) = Self.read(Self.story + kept)
        let body = GalleryCounterTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<Self.story.count)
    }

    @Test func slideshowThatIsThePageStays() {
        var (lines, evidence, scores) = Self.read(["A day at the market"] + Self.slides({ "\($0)/5" }))
        let body = GalleryCounterTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }

    @Test func recipeFractionsStay() {
        let recipe = Self.story + ["1/2 cup milk", "1/4 cup sugar", "3/4 teaspoon salt", "1/2 teaspoon cardamom",
                                   "Whisk the milk and sugar together, then fold in the flour until no dry streaks remain."]
        var (lines, evidence, scores) = Self.read(recipe)
        let body = GalleryCounterTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }

    @Test func datedRowsStay() {
        let rows = Self.story + ["10/31 Harvest fair", "11/02 Cider tasting", "11/05 Pruning class", "11/08 Market day",
                                 "All events start at ten in the morning at the growers' hall on the square."]
        var (lines, evidence, scores) = Self.read(rows)
        let body = GalleryCounterTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count)
        #expect(body == 0..<lines.count)
    }

    @Test func wholePageLosesTheSlideshow() {
        let page = ["Hill Gazette", "Home", "Farming", "", "Frost cuts the apple harvest", ""]
            + Self.story.flatMap { [$0, ""] } + ["Farming in pictures", ""] + Self.slides({ "\($0)/6" }, count: 6).flatMap { [$0, ""] }
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.story)
    }
}
