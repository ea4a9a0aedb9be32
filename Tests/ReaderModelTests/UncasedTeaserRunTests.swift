import Testing
@testable import ReaderModel

/// Invented Korean and Arabic pages with a headerless list of other stories glued under the
/// article and a newsroom notice past it: these scripts space their words but have no capitals,
/// so the list's headlines are read by `UncasedHeadline` and go as a teaser list
/// (`UnspacedTeaserRun`'s guards), and the notice no longer carries the body over them.
@Suite struct UncasedTeaserRunTests {
    @Test(arguments: ["ko", "ar"])
    func fixtureKeepsTheArticleAndDropsTheList(language: String) throws {
        let doc = try ScriptAwareCleaningTests.clean("uncased-teasers/\(language).txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("uncased-teasers/\(language).body.txt")))
        let teasers = doc.blocks.filter { ($0.evidence ?? "").contains(UnspacedTeaserRun.evidence) }
        #expect(teasers.count >= 5, "\(language): \(teasers.count)")
    }

    @Test func headlineShapeWithoutCapitals() {
        let lines = LineSplitter.lines(of: [
            "시골 장터에 청년 가게 열 곳 새로 들어서",
            "관측소는 다음 달 첫 토요일에 문을 열 계획이다.",
            "[포토] 안개 낀 호숫가 새벽 풍경",
            "ترميم الجسر الحجري القديم يبدأ الشهر المقبل",
            "पुराने पुल की मरम्मत अगले महीने से शुरू होगी",
            "गाँव के स्कूल में नया पुस्तकालय खुला है।",
            "Village Hall Gets Its Clock Back",
            "the village hall gets its clock back",
            "駅前の商店街に古本市、毎月第二土曜に開催へ",
        ].joined(separator: "\n"))
        #expect(UncasedHeadline.holds(lines[0]))
        #expect(!UncasedHeadline.holds(lines[1]), "a sentence closing on a full stop is no headline")
        #expect(UncasedHeadline.holds(lines[2]))
        #expect(UncasedHeadline.holds(lines[3]))
        #expect(UncasedHeadline.holds(lines[4]))
        #expect(!UncasedHeadline.holds(lines[5]), "a danda closes a sentence")
        #expect(!UncasedHeadline.holds(lines[6]), "a cased line is judged by its capitals")
        #expect(!UncasedHeadline.holds(lines[7]), "lowercase Latin is not an uncased script")
        #expect(!UncasedHeadline.holds(lines[8]), "a script without spaces is UnspacedHeadline's")
    }

    /// A Korean article that lists its own points glued between two of its paragraphs.
    static let listInsideArticle = """
    새 시립 수영장 설계안 공개
    2026.05.20

    시는 내년에 착공하는 시립 수영장의 설계안을 십구일 공개했다. 건물은 지역 목재를 많이 쓰고 주변 주택가에 맞춰 지붕을 낮게 만든다고 밝혔다.
    주요 내용
    경기용 수영장과 어린이 물놀이장 분리
    지붕에 태양광 발전 설비 설치
    주차장 이백 면으로 확대 조성
    장애인 전용 탈의실 따로 마련
    시 관계자는 다음 달부터 주민 설명회를 열어 의견을 듣고 최종안을 확정할 계획이라고 밝혔다. 착공은 내년 봄으로 예정되어 있다.

    완공은 삼 년 뒤를 목표로 하고 있다.
    """

    @Test func listBetweenTheArticlesParagraphsStays() {
        let (lines, evidence) = UnspacedTeaserRunTests.marked(Self.listInsideArticle)
        let item = lines.indices.first { lines[$0].text.hasPrefix("지붕에 태양광") }!
        #expect(UncasedHeadline.holds(lines[item]))
        #expect(evidence[item].noise == nil)
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.listInsideArticle))
        #expect(doc.paragraphs.contains { $0.hasPrefix("지붕에 태양광") })
    }

    /// Short Korean lines of a poem, the page's own text, with no sentence-length prose around them.
    static let poem = """
    봄날의 시

    골목길 담장 위로 햇살이 내려앉고
    오래된 화분에는 새싹이 돋아나네
    창문을 열어 두고 바람을 기다리면
    멀리서 아이들 웃음소리 들려오네
    """

    @Test func poemWithoutProseStays() {
        let (lines, evidence) = UnspacedTeaserRunTests.marked(Self.poem)
        let verse = lines.indices.first { lines[$0].text.hasPrefix("창문을") }!
        #expect(UncasedHeadline.holds(lines[verse]))
        #expect(evidence[verse].noiseSource == nil || !(evidence[verse].noiseSource!.isTeaserList))
    }
}
