import Testing
@testable import ReaderModel

/// Invented Chinese, Japanese, Korean and Thai pages whose article is followed by headlines of
/// other stories set apart by blank lines, some closing on "！" or "？" so that they score as
/// sentences and carry the body over the run: `TeaserRunTail` reads a headline of these scripts by
/// its length in word units (`UnspacedHeadline`, `UncasedHeadline`) and cuts the run. Inside a
/// related box, a CJK teaser headline of twenty word units is still a long teaser headline
/// (`LongTeaserUnderHeader`). An article's own lines under a lead-in, or a list followed by its
/// closing paragraph, stay.
@Suite struct UnspacedTeaserRunTailTests {
    @Test(arguments: ["zh", "ja", "ko", "th"])
    func blankSeparatedTeasersLeaveTheBody(language: String) throws {
        let doc = try ScriptAwareCleaningTests.clean("unspaced-tails/\(language)-blank-teasers.txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("unspaced-tails/\(language)-blank-teasers.body.txt")))
        let cut = doc.blocks.filter { ($0.evidence ?? "").contains(TeaserRunTail.evidence) }
        #expect(cut.count >= 3, "\(language): \(cut.count)")
    }

    @Test func longChineseTeaserHeadlinesLeaveWithTheirBox() throws {
        let doc = try ScriptAwareCleaningTests.clean("unspaced-tails/zh-long-teasers.txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("unspaced-tails/zh-long-teasers.body.txt")))
        let long = doc.blocks.filter { ($0.evidence ?? "").contains(LongTeaserUnderHeader.evidence) }
        #expect(long.count == 3)
    }

    @Test func longTeaserLengthIsCountedInWordUnits() {
        let lines = LineSplitter.lines(of: [
            "全县中小学今年秋季起统一开设劳动教育课程并纳入学期综合评价",
            "This is the man who said that the ferry would never run on time again",
            "ตลาดน้ำเก่าแก่ริมคลองกลับมาคึกคักอีกครั้งหลังปิดปรับปรุงนานสองปี",
        ].joined(separator: "\n"))
        #expect(LongTeaserUnderHeader.words(of: lines[0]) == 5...24)
        #expect(lines[0].wordCount > 16)
        #expect(LongTeaserUnderHeader.words(of: lines[1]) == 5...16)
        #expect(LongTeaserUnderHeader.words(of: lines[2]) == 5...19)
    }

    static let article = [
        "镇上开了四十多年的老茶馆，从本月起每周五晚上加演一场皮影戏。茶客们一边喝茶，一边看老艺人在灯影后面演戏，不少孩子也跟着家长来凑热闹。",
        "演出的老艺人今年七十二岁，十几岁就跟着父亲学戏。他说，前些年看戏的人越来越少，这次茶馆老板主动上门邀请，他才重新把皮影拿了出来。",
    ]

    static func trimmed(_ tail: [String]) -> (lines: [TextLine], body: Range<Int>) {
        let text = (Self.article + tail).joined(separator: "\n\n")
        let lines = LineSplitter.lines(of: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        return (lines, TeaserRunTail.trim(lines, &evidence, scores: scores, body: 0..<lines.count))
    }

    @Test func headlinesUnderTheArticleAreCut() {
        let (_, body) = Self.trimmed(["河口古桥修缮完工 周末起恢复通行", "老街菜市场改造后首日开市 摊主笑迎老顾客", "县图书馆举办少儿绘本展，你去看了吗？"])
        #expect(body == 0..<Self.article.count)
    }

    @Test func aCategoryLabelBetweenArticleAndRunGoesWithIt() {
        let (_, body) = Self.trimmed(["必看专题", "河口古桥修缮完工 周末起恢复通行", "老街菜市场改造后首日开市 摊主笑迎老顾客", "秋季运动会周六开幕 千余名学生参赛"])
        #expect(body == 0..<Self.article.count)
    }

    @Test func theArticlesOwnListUnderALeadInStays() {
        let (lines, body) = Self.trimmed(["夜场演出的剧目：", "西游记之三打白骨精", "哪吒闹海的新编版本", "老鼠嫁女的传统段子"])
        #expect(body == 0..<lines.count)
    }

    @Test func aListFollowedByItsClosingParagraphStays() {
        let (lines, body) = Self.trimmed([
            "西游记之三打白骨精", "哪吒闹海的新编版本", "老鼠嫁女的传统段子",
            "老艺人说，这几出戏都是父亲当年教给他的，如今他又原原本本地教给了三个徒弟，希望这些老段子能一直演下去。",
        ])
        #expect(body == 0..<lines.count)
    }

    @Test func twoHeadlinesAreNoRun() {
        let (lines, body) = Self.trimmed(["河口古桥修缮完工 周末起恢复通行", "老街菜市场改造后首日开市 摊主笑迎老顾客"])
        #expect(body == 0..<lines.count)
    }

    @Test func headlineShapeByScript() {
        let lines = LineSplitter.lines(of: [
            "老街菜市场改造后首日开市 摊主笑迎老顾客",
            "茶馆老板表示，夜场不收门票，只收茶钱。",
            "옛 등대 일반에 공개, 가을 연휴에만 내부 관람 가능",
            "요금은 어른 오천 원이며 수건도 빌려준다.",
            "โรงพยาบาลอำเภอเปิดคลินิกผู้สูงอายุนอกเวลาราชการ",
            "Lifeboat Crew Rescues Two Walkers Cut Off by the Tide",
            "研究小组希望这项成果能用于山区小学。论文已发表在学术期刊上。（编译/王小明）",
        ].joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        #expect(TeaserRunTail.isHeadline(lines[0], evidence[0]))
        #expect(!TeaserRunTail.isHeadline(lines[1], evidence[1]), "a sentence closing on 。 is no headline")
        #expect(TeaserRunTail.isHeadline(lines[2], evidence[2]))
        #expect(!TeaserRunTail.isHeadline(lines[3], evidence[3]))
        #expect(TeaserRunTail.isHeadline(lines[4], evidence[4]))
        #expect(TeaserRunTail.isHeadline(lines[5], evidence[5]))
        #expect(!TeaserRunTail.isHeadline(lines[6], evidence[6]), "a 。 inside the line ends a sentence, whatever credit follows")
        // A short Thai paragraph some rule read as prose is no headline.
        var marked = evidence[4]
        marked.shape = .good
        #expect(!TeaserRunTail.isHeadline(lines[4], marked))
    }
}
