import Testing
@testable import ReaderModel

/// Invented Japanese, Chinese and Thai pages whose lists of other stories (a headerless teaser
/// list, a numbered ranking) are glued after the article with a disclaimer or a newsroom blurb past
/// them: the lists are headlines by the script-aware shape (`UnspacedHeadline`) and go as a teaser
/// list (`UnspacedTeaserRun`), so the prose line past them no longer carries the body over them.
/// A list the article sets between its paragraphs, a photo diary written a clause a line and a menu
/// of section names stay as they were.
@Suite struct UnspacedTeaserRunTests {
    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
    }

    static func marked(_ text: String) -> (lines: [TextLine], evidence: [LineEvidence]) {
        let lines = LineSplitter.lines(of: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        UnpunctuatedProseRun.mark(lines, &evidence)
        TeaserListDetector.mark(lines, &evidence)
        return (lines, evidence)
    }

    static func isUnspacedTeaser(_ ev: LineEvidence) -> Bool {
        if case .teaserList(_, true)? = ev.noiseSource { return true }
        return false
    }

    @Test(arguments: ["ja", "zh", "th"])
    func fixtureKeepsTheArticleAndDropsTheLists(language: String) throws {
        let doc = try ScriptAwareCleaningTests.clean("unspaced-teasers/\(language).txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("unspaced-teasers/\(language).body.txt")))
        let teasers = doc.blocks.filter { ($0.evidence ?? "").contains(UnspacedTeaserRun.evidence) }
        #expect(teasers.count >= 8, "\(language): \(teasers.count)")
    }

    @Test func headlineShapeIsMeasuredInWordUnits() {
        let lines = LineSplitter.lines(of: [
            "駅前の商店街に古本市、毎月第二土曜に開催へ",
            "村は今後、週末に移動図書館の車を走らせ、山奥の集落にも本を届ける計画だ。",
            "新竹三寶的老店巡禮，一次吃個夠！",
            "【特集】雪解けの棚田に水が入る季節",
            "地铁三号线南延段下月试运行",
            "必看专题",
            "ตลาดน้ำเก่าแก่ริมคลองกลับมาคึกคักอีกครั้ง",
            "Village Hall Gets Its Clock Back",
        ].joined(separator: "\n"))
        #expect(UnspacedHeadline.holds(lines[0]))
        #expect(!UnspacedHeadline.holds(lines[1]), "a sentence closing on 。 is no headline")
        #expect(UnspacedHeadline.holds(lines[2]), "an exclamation may close a headline")
        #expect(UnspacedHeadline.holds(lines[3]))
        #expect(UnspacedHeadline.holds(lines[4]))
        #expect(!UnspacedHeadline.holds(lines[5]) && UnspacedHeadline.isLabel(lines[5]), "four letters are a label")
        #expect(UnspacedHeadline.holds(lines[6]))
        #expect(!UnspacedHeadline.holds(lines[7]), "a cased line is judged by its capitals")
    }

    @Test func fullStopLooksPastBracketsAndEllipses() {
        #expect(UnspacedHeadline.closesOnFullStop("新しい制度を始める。」"))
        #expect(UnspacedHeadline.closesOnFullStop("The end."))
        #expect(!UnspacedHeadline.closesOnFullStop("一泊二食的優..."))
        #expect(!UnspacedHeadline.closesOnFullStop("伴手禮篇(米粉.......)"))
        #expect(!UnspacedHeadline.closesOnFullStop("「幻の和菓子」"))
    }

    @Test func titleMarks() {
        #expect(UnspacedTeaserRun.hasTitleMark("【写真特集】棚田の季節"))
        #expect(UnspacedTeaserRun.hasTitleMark("資料館が展示替え--古い農具を公開"))
        #expect(UnspacedTeaserRun.hasTitleMark("新竹 - 森林莊園餐廳"))
        #expect(UnspacedTeaserRun.hasTitleMark("從入住一直玩到退房的優..."))
        #expect(!UnspacedTeaserRun.hasTitleMark("市役所の窓口、来月から予約制に"))
        #expect(!UnspacedTeaserRun.hasTitleMark("Wi-Fi機能を搭載"))
    }

    /// A Japanese article that lists its own points glued between two of its paragraphs.
    static let listInsideArticle = """
    新駅の設計案がまとまる
    2026年5月20日

    　市は十九日、来年着工する新駅の設計案を公表した。駅舎は木材を多く使い、周辺の街並みに合わせた低い屋根にするという。
    　主な特徴
    駅舎の柱と梁に地元産の杉を使用
    ホームの屋根に太陽光パネルを設置
    改札口を東西の二か所に分けて配置
    駐輪場を三百台分に拡大して整備
    　市の担当者は、設計案について来月から住民説明会を開き、意見を募って最終案にまとめる考えを示した。

    　着工は来年春、開業は三年後を予定している。
    """

    @Test func listBetweenTheArticlesParagraphsStays() {
        let (lines, evidence) = Self.marked(Self.listInsideArticle)
        let item = lines.indices.first { lines[$0].text.hasPrefix("ホームの屋根") }!
        #expect(UnspacedHeadline.holds(lines[item]))
        #expect(evidence[item].noise == nil)
        #expect(Self.clean(Self.listInsideArticle).paragraphs.contains { $0.hasPrefix("ホームの屋根") })
    }

    /// A photo diary: every line a clause without 。 and no title's marks, the page's prose in the same manner.
    static let diary = """
    今日のおさんぽ

    朝から晴れていたので川沿いを歩いてみた
    桜はもうほとんど散っていたけれど
    若葉の色がとてもきれいで気持ちがいい
    途中のパン屋さんで新作のあんパンを買った
    ベンチに座って食べながら川を眺めていた
    鳥の声を聞きながらゆっくり帰ってきた
    """

    @Test func photoDiaryWrittenAClauseALineStays() {
        let (lines, evidence) = Self.marked(Self.diary)
        let clause = lines.indices.first { lines[$0].text.hasPrefix("途中のパン屋") }!
        #expect(UnspacedHeadline.holds(lines[clause]))
        #expect(!Self.isUnspacedTeaser(evidence[clause]))
    }

    /// A menu of section names with the page's own headline and dateline glued under it.
    static let menuOverHeadline = """
    浏览器版本过低请及时升级以获得更好体验
    首页
    新闻
    科技
    财经
    体育
    汽车
    房产
    教育
    旅游
    更多
    山区学校用上太阳能热水 学生冬天洗上热水澡
    分享到微信朋友圈
    转发到新浪微博

    位于山区的三所小学近日安装了太阳能热水系统，四百多名住校学生在冬天也能洗上热水澡。这套系统由当地企业捐建，每天可以提供十吨热水。

    学校负责人表示，过去学生只能用暖水瓶打水洗漱，冬天十分辛苦。现在宿舍楼每层都有热水，孩子们的生活条件明显改善。
    """

    @Test func menuOfSectionNamesIsNoTeaserList() {
        let (lines, evidence) = Self.marked(Self.menuOverHeadline)
        let headline = lines.indices.first { lines[$0].text.hasPrefix("山区学校") }!
        #expect(!Self.isUnspacedTeaser(evidence[headline]))
        #expect(Self.clean(Self.menuOverHeadline).title == "山区学校用上太阳能热水 学生冬天洗上热水澡")
    }
}
