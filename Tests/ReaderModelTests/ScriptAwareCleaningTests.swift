import Foundation
import Testing
@testable import ReaderModel

/// Invented select-all copies of news pages in scripts without spaces (Chinese, Japanese, Thai),
/// right-to-left scripts (Arabic, Hebrew) and Cyrillic, each with menus, an appeal, teasers and
/// comments around the article: the body comes out whole, in order and byte for byte.
@Suite struct ScriptAwareCleaningTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ path: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
    }

    /// The expected paragraphs: one a line, blank lines ignored.
    static func expectedBody(_ path: String) throws -> [String] {
        try fixture(path).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    static func clean(_ path: String) throws -> Document {
        Cleaner().clean(Article(source: path, format: .text, text: try fixture(path)))
    }

    @Test(arguments: ["zh", "ja", "th", "ar", "he", "ru"])
    func articleKeptNoiseDropped(language: String) throws {
        let doc = try Self.clean("scripts/\(language).txt")
        let body = try Self.expectedBody("scripts/\(language).body.txt")
        #expect(doc.paragraphs == body, "\(language): \(doc.paragraphs.map { String($0.prefix(20)) })")
        // Every line of the page outside the article is dropped (or is the title).
        let page = try Self.fixture("scripts/\(language).txt").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for line in page where !line.isEmpty && !body.contains(where: { $0.hasSuffix(line) || line.hasSuffix($0) }) {
            #expect(!doc.paragraphs.contains(line), "\(language): kept \(line)")
        }
    }

    @Test(arguments: ["zh", "ja", "th"])
    func unspacedScriptsExplainTheirLength(language: String) throws {
        let doc = try Self.clean("scripts/\(language).txt")
        let bodyEvidence = doc.blocks.filter { $0.role == .body }.compactMap(\.evidence)
        #expect(!bodyEvidence.isEmpty)
        #expect(bodyEvidence.allSatisfy { $0.contains("script-aware length") })
    }

    @Test func rightToLeftTextKeepsItsOrder() throws {
        for language in ["ar", "he"] {
            let page = try Self.fixture("scripts/\(language).txt")
            let doc = try Self.clean("scripts/\(language).txt")
            // Paragraphs are the page's own bytes, in page order.
            var searchFrom = page.startIndex
            for paragraph in doc.paragraphs {
                let found = try #require(page.range(of: paragraph, range: searchFrom..<page.endIndex))
                searchFrom = found.upperBound
            }
        }
    }

    @Test func noscriptMarkupIsDroppedWithAReason() throws {
        for language in ["zh", "ru"] {
            let doc = try Self.clean("scripts/\(language).txt")
            let markup = doc.blocks.filter { $0.text.hasPrefix("<") }
            #expect(!markup.isEmpty)
            #expect(markup.allSatisfy { $0.role == .removed && $0.evidence?.contains("markup shown as text") == true })
        }
    }

    @Test func photoDiaryLinesWithoutPunctuationAreTheArticle() {
        // One clause a line, no closing 。, a picture (blank line) between lines; a glued teaser list above.
        let diary = [
            "清晨出发时山路上还飘着细雨 车窗外的雾气久久不散",
            "沿着溪谷往上走了两个小时 终于看到营地门口的木头招牌",
            "营主是一位住在山里三十多年的老先生 笑起来特别爽朗",
            "营地四周种满了枫树 这几天刚好红了一大半",
            "孩子们一下车就跑去捡落叶 说要带回家夹在书里",
            "中午简单煮了一锅面 配上从山下带来的青菜和香菇",
            "下午太阳出来了 远处的山头一层一层地亮了起来",
            "晚上气温降到五度左右 大家围着炉子聊到很晚才睡",
            "第二天一早收拾好帐篷 带着满满的回忆下山回家",
        ]
        let page = (["首页", "游记", "美食", "登录", "热门文章",
                     "城市周末去哪儿玩 十个小众景点推荐给你...", "秋天最适合去的五条徒步路线 新手也能轻松完成...",
                     "露营装备清单 第一次露营需要准备什么...", "", "山中营地赏枫记", ""]
                    + diary.flatMap { [$0, ""] } + ["分享到", "微信", "微博", "", "上一篇", "下一篇"]).joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page))
        #expect(doc.paragraphs == diary)
    }

    @Test func markupInACodeSampleIsLeftToTheProse() {
        let line = "<script src=\"https://cdn.example.com/lib.js\"></script>"
        let text = [
            "How to load the library", "",
            "Add the script tag to the head of your page, before any code that calls the library, and make sure the path is right.",
            "<head>", line, "</head>", "",
            "Once the page loads, the library is ready and you can call its functions from your own scripts without waiting.",
        ].joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(!doc.blocks.contains { $0.text == line && $0.evidence?.contains("markup shown as text") == true })
    }
}

/// Text copies whose article is not one paragraph a line: hard-wrapped press releases and
/// articles that are tables.
@Suite struct LayoutCleaningTests {
    @Test func hardWrappedParagraphsAreJoined() throws {
        let doc = try ScriptAwareCleaningTests.clean("layout/hard-wrapped.txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("layout/hard-wrapped.body.txt")))
        #expect(doc.title == "Lanternfish Robotics to open second plant in Greyhaven harbour")
        #expect(doc.blocks.filter { $0.role == .body }.allSatisfy { $0.evidence?.contains("hard-wrapped lines") == true })
        // Joined paragraphs are not verbatim in the file, so they carry no source offset.
        let text = try ScriptAwareCleaningTests.fixture("layout/hard-wrapped.txt")
        for (field, offset) in doc.sourceOffsets {
            if case .paragraph(let k) = field {
                let bytes = Array(text.utf8)
                #expect(Array(bytes[offset..<min(bytes.count, offset + doc.paragraphs[k].utf8.count)]) == Array(doc.paragraphs[k].utf8))
            }
        }
    }

    @Test func joinedLinesFlattenToOneLineOfSingleSpaces() {
        let columns = "TECHNICAL NOTE                              Kestrel Water Board\nIssue: tn-harbour-07          Pier Office\n"
        #expect(WrappedLineJoiner.flattened(Substring(columns)) == "TECHNICAL NOTE Kestrel Water Board Issue: tn-harbour-07 Pier Office")
        #expect(WrappedLineJoiner.flattened("  a line\r\n\t wrapped  here ") == "a line wrapped here")
    }

    @Test func titleInATableRowIsItsFirstCell() {
        let body = (1...4).map { "Paragraph \($0) of the listing says the course by the estuary opens at dawn and that visitors may hire clubs at the pier office before they walk out to the first tee." }
        let text = (["Search results", "", "Estuary Links Golf Club\t\tDetails\tItinerary\tRouting", ""] + body).joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.title == "Estuary Links Golf Club")
    }

    @Test func lineBreaksThatAreNotWrappingStay() {
        // Teaser headlines of similar length, each starting a new item: nothing to join.
        let teasers = [
            "Harbour council approves the new sea wall after a long debate",
            "Ferry timetable changes for the summer season begin next week",
            "Local bakery wins a national prize for its rye bread this year",
            "School choir to sing at the cathedral on the first of December",
            "Fishing fleet returns early as storms close in on the coast",
            "Library extends its opening hours during the exam season",
            "Town museum reopens its maritime gallery after two years",
        ]
        let lines = LineSplitter.lines(of: teasers.joined(separator: "\n"))
        let text = teasers.joined(separator: "\n")
        #expect(WrappedLineJoiner.join(lines, in: text).count == lines.count)
    }

    @Test func seasonCalendarTableIsTheBody() throws {
        let doc = try ScriptAwareCleaningTests.clean("layout/table-calendar.txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("layout/table-calendar.body.txt")))
        #expect(doc.blocks.filter { $0.text.hasPrefix("3\t") }.allSatisfy { $0.evidence?.contains("table body") == true })
    }

    @Test func standingsTableUnderItsHeadingIsKept() throws {
        let doc = try ScriptAwareCleaningTests.clean("layout/table-standings.txt")
        #expect(doc.title == "League table after round 4")
        #expect(doc.standfirst == nil)
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("layout/table-standings.body.txt")))
    }

    @Test func twoTabLinesAreAMenuBarNotATable() {
        let text = [
            "Home\tNews\tSport\tWeather", "Contact\tAbout\tJobs\tHelp", "",
            "The harbour council voted on Tuesday to rebuild the old sea wall before the next winter storms arrive.", "",
            "Engineers told members of the council that the present wall was built for lower tides than the coast now sees.",
        ].joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.paragraphs.count == 2)
        #expect(!doc.paragraphs.contains { $0.contains("\t") })
    }
}

/// Word units and sentence ends of scripts without spaces.
@Suite struct ScriptProfileTests {
    @Test func ideographsCountAsWordUnits() {
        // Twenty ideographs and a full stop: about twelve words, and a sentence.
        let line = TextLine(text: "港口委员会周二投票决定在冬季风暴来临前重建海堤。"[...], offset: 0, blankBefore: true, lineNumber: 1)
        #expect(line.script.isUnspaced)
        #expect((10...14).contains(line.wordCount))
        #expect(line.endsSentence)
    }

    @Test func sentenceClosedByASignOffEnds() {
        func ends(_ text: String) -> Bool { TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1).endsSentence }
        #expect(ends("Die Fähre nach Kestrel fährt ab Montag wieder nach dem Sommerfahrplan. (rkl)"))
        #expect(ends("Le conseil du port votera la semaine prochaine. (hw/afp)"))
        // A bracketed name credits a photo: the caption detector reads that line.
        #expect(!ends("The council will vote on the sea wall next week. (Harbour Wire)"))
        // A bracket that closes a clause, not a sentence, or a long aside is no sign-off.
        #expect(!ends("The ferry runs twice a day (weather permitting)"))
        #expect(!ends("Why harbour towns need their ferries? (3 days ago)"))
        #expect(!ends("Tickets cost less this winter. (See the timetable on the harbour office's notice board)"))
    }

    @Test func quotedJapaneseSentenceEnds() {
        let line = TextLine(text: "「やっと船が戻ってきた」"[...], offset: 0, blankBefore: true, lineNumber: 1)
        #expect(line.endsSentence)
        #expect(line.words.count == 1)
    }

    @Test func thaiCountsByLetters() {
        let line = TextLine(text: "ชาวบ้านร่วมกันปลูกผักในที่ดินรกร้างริมคลอง"[...], offset: 0, blankBefore: true, lineNumber: 1)
        #expect(line.words.count == 1)
        #expect(line.wordCount >= 8)
    }

    @Test func latinAndCyrillicCountsAreUnchanged() {
        let english = TextLine(text: "The council voted on Tuesday."[...], offset: 0, blankBefore: true, lineNumber: 1)
        let russian = TextLine(text: "Совет проголосовал во вторник."[...], offset: 0, blankBefore: true, lineNumber: 1)
        #expect(english.wordCount == 5 && !english.script.isUnspaced)
        #expect(russian.wordCount == 4 && !russian.script.isUnspaced)
    }
}
