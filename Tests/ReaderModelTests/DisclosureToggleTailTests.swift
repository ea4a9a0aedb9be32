import Testing
@testable import ReaderModel

/// Invented pages: a short toggle line that unfolds a full press release under the article takes
/// the folded text with it; a subhead or a "view full size" image link between paragraphs stays,
/// and so does a toggle with too little article above it.
@Suite struct DisclosureToggleTailTests {
    static let article = [
        "The small orchard tool company said on Tuesday that its new battery pruner will reach shops in March, a year later than planned.",
        "Its founder told growers at the spring fair that the delay came from the motor supplier, which changed hands twice last year.",
        "The pruner weighs less than a kilogram and is meant to last a full day of work on one charge, the company says.",
    ]
    static let release = [
        "Hollow Pine Tools today announced the Snipwell Two, a cordless pruner for the working orchard.",
        "The Snipwell Two cuts branches of up to thirty millimetres and charges in under two hours from any wall socket.",
        "About Hollow Pine Tools: the company has built garden tools in the valley since 1987 and sells them in eleven countries.",
    ]

    static func trimmed(_ page: [String]) -> (Range<Int>, [LineEvidence], Int) {
        EndTrimmerFixture.trimmed(page, by: DisclosureToggleTail.self)
    }

    @Test func theFoldedReleaseLeavesWithItsToggle() {
        let (body, evidence, count) = Self.trimmed(Self.article + ["Show full press release"] + Self.release)
        #expect(body == 0..<3)
        for i in 3..<count {
            #expect(evidence[i].noise == .banner)
            #expect(evidence[i].noiseSource == .rule(DisclosureToggleTail.evidence))
        }
    }

    @Test func aSubheadBetweenParagraphsStays() {
        let (body, _, count) = Self.trimmed(Self.article + ["What the growers said"] + Self.release)
        #expect(body == 0..<count)
    }

    /// A link to a full-size image is no toggle: "view" opens, it does not unfold.
    @Test func aFullSizeImageLinkStays() {
        let (body, _, count) = Self.trimmed(Self.article + ["View full size"] + Self.release)
        #expect(body == 0..<count)
    }

    /// A toggle that folds the article itself, right under its first line, does not cut the article away.
    @Test func aToggleWithLittleArticleAboveStays() {
        let page = ["Orchard tools, delayed again.", "Show the full story"] + Self.article + Self.release
        let (body, _, count) = Self.trimmed(page)
        #expect(body == 0..<count)
    }

    @Test func aToggleInAnotherLanguageFoldsToo() {
        let article = [
            "Die kleine Firma für Obstbaugeräte hat am Dienstag mitgeteilt, dass ihre neue Akku-Astschere erst im März in die Läden kommt.",
            "Ihr Gründer sagte auf der Frühjahrsmesse, die Verzögerung liege am Motorenlieferanten, der im letzten Jahr zweimal verkauft wurde.",
            "Die Schere wiegt weniger als ein Kilogramm und soll mit einer Ladung einen ganzen Arbeitstag durchhalten, sagt die Firma.",
        ]
        let release = [
            "Hollow Pine Tools stellt heute die Snipwell Two vor, eine kabellose Astschere für den Obstbau.",
            "Die Snipwell Two schneidet Äste bis zu dreißig Millimeter und lädt in weniger als zwei Stunden an jeder Steckdose.",
        ]
        let (body, _, _) = Self.trimmed(article + ["Vollständige Pressemitteilung anzeigen"] + release)
        #expect(body == 0..<3)
    }

    @Test func theTogglesOfUnspacedScriptsAreRead() {
        let text = "展开全文"
        let lines = LineSplitter.lines(of: text)
        #expect(DisclosureToggleTail.isToggle(lines[0]))
        let heading = "全文"
        #expect(!DisclosureToggleTail.isToggle(LineSplitter.lines(of: heading)[0]))
    }
}
