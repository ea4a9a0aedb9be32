import Testing
@testable import ReaderModel

/// Invented pages: an edition note that ends by quoting the page's headline after a colon leaves
/// the body's end; an article's last paragraph with a colon and a date, quoting no line above, stays.
@Suite struct HeadlineQuoteNoteTests {
    static let headline = "Ferries Return to the Old Harbour"
    static let article = [
        "The footpath along the canal will close for three weeks while the towpath is resurfaced by the trust.",
        "Walkers are asked to use the lane behind the mill, which the council has lit and signposted for the works.",
        "The cafe at the lock stays open throughout, and its owners say they expect a quiet month.",
    ]

    static func trimmed(_ page: [String]) -> (Range<Int>, [LineEvidence], Int) {
        EndTrimmerFixture.trimmed(page, by: HeadlineQuoteNote.self, from: 1)
    }

    @Test func aDatedNoteQuotingTheHeadlineLeaves() {
        let note = "This story ran in the weekend paper of 3 May 2014, page 9, under the headline: \(Self.headline)."
        let (body, evidence, count) = Self.trimmed([Self.headline] + Self.article + [note])
        #expect(body == 1..<(count - 1))
        #expect(evidence[count - 1].noise == .banner)
        #expect(evidence[count - 1].noiseSource == .rule(HeadlineQuoteNote.evidence))
    }

    @Test func aPromotionUnderTheNoteGoesWithIt() {
        let note = "This story ran in the weekend paper of 3 May 2014, page 9, under the headline: \(Self.headline.uppercased())."
        let promo = "Half price on a year of the paper, this week only."
        let (body, _, count) = Self.trimmed([Self.headline] + Self.article + [note, promo])
        #expect(body == 1..<(count - 2))
    }

    @Test func aClosingQuoteOfNoLineAboveStays() {
        let last = "The trust's chair put the plan for 2014 in a single line: walkers first, boats second."
        let (body, _, count) = Self.trimmed([Self.headline] + Self.article + [last])
        #expect(body == 1..<count)
    }

    @Test func aNoteInAnotherScriptLeavesToo() {
        let headline = "Паромы вернулись в старую гавань"
        let article = [
            "Дорожку вдоль канала закроют на три недели, пока фонд будет ремонтировать покрытие, а пешеходов просят идти по улице за мельницей.",
            "Кафе у шлюза будет работать всё это время, и его владельцы говорят, что ждут спокойного месяца без лишних посетителей.",
        ]
        let note = "Статья вышла в печатном выпуске от 3 мая 2014 года на странице 9 под заголовком: \(headline.uppercased())."
        let (body, _, count) = Self.trimmed([headline] + article + [note])
        #expect(body == 1..<(count - 1))
    }

    /// The full-width colon of CJK text closes the lead as the Latin one does.
    @Test func theQuotedTailFollowsEitherColon() {
        #expect(HeadlineQuoteNote.quotedTail("次の見出しで掲載された：港のフェリーが運航を再開") == "港のフェリーが運航を再開")
        #expect(HeadlineQuoteNote.quotedTail("under the headline: Ferries Return.") == "Ferries Return")
        #expect(HeadlineQuoteNote.quotedTail("in short: yes") == nil)
    }
}
