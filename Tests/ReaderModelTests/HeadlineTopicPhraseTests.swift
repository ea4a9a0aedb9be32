import Testing
@testable import ReaderModel

/// Invented short posts whose topic is a word of the chrome vocabulary, named by the headline: a
/// club's post on its new paid plans and a Spanish post on a newsletter. The post has no two other
/// paragraphs to make the word its topic; the headline over the paragraph does. An appeal with the
/// same words under a headline that does not name them, or closing the page, still goes.
@Suite struct HeadlineTopicPhraseTests {
    static let plansPost = [
        "Subscription Plans for the Rowing Club Journal",
        "By the editors, 4 March 2024",
        "The journal finally has paid plans.",
        "The yearly print subscription costs forty pounds for six issues posted anywhere in the country, and the digital subscription costs twelve pounds for the same issues as files you can read on a phone or a tablet.",
        "We chose to charge because the printer raised its prices twice last year, and the volunteers who edit the journal would rather spend their evenings on the stories than on asking for donations to cover the paper.",
    ]

    static let boletinPost = [
        "La newsletter del club de remo cumple diez años",
        "Por la redacción, 4 de marzo de 2024",
        "Una newsletter mensual, la newsletter del club, llega ya a cuatrocientos socios con su newsletter de regatas.",
        "La escriben tres remeros veteranos que recogen los resultados de las regatas, las fechas de los entrenamientos y alguna historia antigua del club cada mes.",
    ]

    // Pages are read as `TopicPhrasesTests` reads them.
    static func evidence(_ paragraphs: [String]) -> (lines: [TextLine], evidence: [LineEvidence]) { TopicPhrasesTests.evidence(paragraphs) }
    static func clean(_ paragraphs: [String]) -> Document { TopicPhrasesTests.clean(paragraphs) }

    @Test func theVocabularyAloneWouldCondemnTheParagraphs() {
        #expect(NoiseVocabulary.reason(for: Self.plansPost[3]) != nil)
        #expect(NoiseVocabulary.reason(for: Self.boletinPost[2]) == .newsletter)
    }

    @Test func aPostOnItsPaidPlansKeepsTheParagraphPricingThem() {
        let (_, evidence) = Self.evidence(Self.plansPost)
        #expect(evidence[3].noise == nil)
        #expect(evidence[3].keptNote?.contains("named by the headline (line 1)") == true)
        let doc = Self.clean(Self.plansPost)
        #expect(doc.paragraphs.contains(Self.plansPost[3]))
        let explained = doc.evidence(of: Self.plansPost[3])
        #expect(explained.contains("named by the headline"))
    }

    @Test func aSpanishPostOnItsNewsletterKeepsItsOpeningParagraph() {
        let (_, evidence) = Self.evidence(Self.boletinPost)
        #expect(evidence[2].noise == nil)
        #expect(evidence[2].keptNote?.contains("\"newsletter\"") == true)
        let doc = Self.clean(Self.boletinPost)
        #expect(doc.standfirst == Self.boletinPost[2] || doc.paragraphs.contains(Self.boletinPost[2]))
    }

    @Test func aHeadlineThatDoesNotNameThePhraseReleasesNothing() {
        var page = Self.plansPost
        page[0] = "Rowing Club Journal Changes Its Printer"
        let (_, evidence) = Self.evidence(page)
        #expect(evidence[3].noise != nil)
        #expect(evidence[3].noiseSource == .vocabulary)
    }

    @Test func anAppealClosingThePageStillGoes() {
        // No paragraph of the post follows: the paragraph is the page's closing appeal.
        let page = Array(Self.plansPost.prefix(4))
        let (_, evidence) = Self.evidence(page)
        #expect(evidence[3].noiseSource == .vocabulary)
    }

    @Test func anAppealBelowAParagraphOfThePostStillGoes() {
        // A paragraph between the headline and the appeal: the appeal sits inside the text, not at its opening.
        let page = [Self.plansPost[0], Self.plansPost[4], Self.plansPost[3], Self.plansPost[4]]
        let (_, evidence) = Self.evidence(page)
        #expect(evidence[2].noiseSource == .vocabulary)
    }
}
