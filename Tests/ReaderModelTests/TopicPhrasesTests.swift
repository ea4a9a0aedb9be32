import Testing
@testable import ReaderModel

/// Invented pages whose topic is a word of the chrome vocabulary: a review of a web browser and a
/// Spanish report on a newsletter. Paragraphs that use the word often stay when the page's other
/// prose uses it too; a browser warning on a page about something else still goes.
@Suite struct TopicPhrasesTests {
    static let browserReview = [
        "Kestrel Browser Reaches Version Two",
        "The Kestrel browser is a small browser from a studio in Tromsø, and this browser now syncs tabs between browser windows.",
        "Version two adds a reading mode that strips a page down to its text, which the studio says was the most requested feature of the year.",
        "Its makers say the browser starts in under a second on an old laptop, and our own tests on a six-year-old machine agreed with them.",
        "The team of four funds the work through a paid tier, and the free browser will stay free, the founder told us in a short interview.",
        "We found pages with heavy video slower to load than elsewhere, but for reading the news and checking mail it was a pleasure to use.",
    ]

    static let boletin = [
        "La newsletter que leen los pescadores",
        "Una newsletter semanal, la newsletter del puerto, llega ya a miles de lectores con su newsletter de mareas.",
        "La cooperativa de pescadores de Bermeo empezó a escribir su newsletter hace tres años, con los precios de la lonja y el tiempo previsto para la semana.",
        "Hoy la leen también vecinos de otros puertos del Cantábrico, que dicen que la newsletter es lo primero que abren el lunes por la mañana.",
        "Los redactores son dos patrones jubilados que escriben cada texto a mano antes de pasarlo al ordenador, y no piensan cobrar por ello.",
    ]

    static func evidence(_ paragraphs: [String]) -> (lines: [TextLine], evidence: [LineEvidence]) {
        let text = paragraphs.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        return (lines, LineEvidenceCollector.collect(lines, site: nil))
    }

    static func clean(_ paragraphs: [String]) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: paragraphs.joined(separator: "\n\n")))
    }

    @Test func theVocabularyAloneWouldCondemnTheOpening() {
        #expect(NoiseVocabulary.reason(for: Self.browserReview[1]) == .navigation)
        #expect(NoiseVocabulary.reason(for: Self.boletin[1]) == .newsletter)
    }

    @Test func aBrowserReviewKeepsItsOpeningParagraph() {
        let (lines, evidence) = Self.evidence(Self.browserReview)
        #expect(evidence[1].noise == nil)
        #expect(evidence[1].keptNote?.contains("\"browser\" (in 2 kept paragraphs) is the page's topic") == true)
        #expect(lines.count == Self.browserReview.count)
        let doc = Self.clean(Self.browserReview)
        #expect(doc.paragraphs.contains(Self.browserReview[1]))
        let explained = doc.evidence(of: Self.browserReview[1])
        #expect(explained.contains("page's topic"))
    }

    @Test func aSpanishReportOnANewsletterKeepsItsOpeningParagraph() {
        let (_, evidence) = Self.evidence(Self.boletin)
        #expect(evidence[1].noise == nil)
        #expect(evidence[1].keptNote?.contains("\"newsletter\"") == true)
        // Kept as the standfirst under the headline.
        let doc = Self.clean(Self.boletin)
        #expect(doc.standfirst == Self.boletin[1] || doc.paragraphs.contains(Self.boletin[1]))
    }

    @Test func oneKeptParagraphDoesNotMakeATopic() {
        // Only one other paragraph says "browser", and no headline names it (`HeadlineTopicPhrase`):
        // the dense one is still chrome by its words.
        let page = Array(Self.browserReview[1..<4])
        let (_, evidence) = Self.evidence(page)
        #expect(evidence[0].noise == .navigation)
        #expect(evidence[0].noiseSource == .vocabulary)
    }

    @Test func aBrowserWarningOnAnotherTopicStillGoes() {
        let warning = "Your browser is not supported by this site, so please update your browser or switch to a supported browser to continue."
        let page = [Self.boletin[2], warning, Self.boletin[3], Self.boletin[4]]
        let (_, evidence) = Self.evidence(page)
        #expect(evidence[1].noise == .navigation)
        #expect(evidence[1].keptNote == nil)
    }

    @Test func shortLabelsOfTheTopicWordStillGo() {
        // A whole-line "Newsletter" label is chrome even on a page about newsletters.
        let (_, evidence) = Self.evidence(Self.boletin + ["Newsletter"])
        #expect(evidence[Self.boletin.count].noise == .newsletter)
    }
}
