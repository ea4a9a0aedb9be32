import Testing
@testable import ReaderModel

/// Headlines of pages in other scripts: the invented fixtures of `ScriptAwareCleaningTests` name
/// their headline among menus and section labels; scripts without spaces compare the headline
/// with the body by letter pairs, not by whole runs.
@Suite struct ScriptHeadlineTests {
    static let titles: [String: String] = [
        "zh": "河畔市图书馆开放通宵阅览室 首月接待读者逾万人次",
        "ja": "島と本土結ぶ小型フェリー、半年ぶりに運航再開",
        "th": "ชาวบ้านริมคลองร่วมกันเปลี่ยนที่รกร้างเป็นสวนผักชุมชน",
        "ar": "المدينة تطلق أول خط للحافلات الكهربائية بين الجامعة والميناء",
        "he": "השכונה שהפחיתה את כמות הפסולת בשליש בתוך שנה",
        "ru": "В сельской школе открылась обсерватория, построенная выпускниками",
    ]

    @Test(arguments: ["zh", "ja", "th", "ar", "he", "ru"])
    func headlineOfEachScript(language: String) throws {
        let doc = try ScriptAwareCleaningTests.clean("scripts/\(language).txt")
        #expect(doc.title == Self.titles[language], "\(language): \(doc.title ?? "nil")")
    }

    /// A menu label that shares one kana pair with the body ("エンタメ" and "エンジン") is no
    /// headline; the line whose pairs fill the first paragraph is.
    @Test func unspacedOverlapCountsLetterPairs() {
        let text = "エンタメ\n島の港に新しい桟橋が完成\n島の港で新しい桟橋の完成式が開かれ、エンジンの点検を終えた船が初めて接岸した。"
        let lines = LineSplitter.lines(of: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let words = HeadlineFinder.openingWords(lines, evidence, body: 2..<3)
        #expect(HeadlineFinder.overlap(lines[1], words) > 0.6)
        #expect(HeadlineFinder.overlap(lines[0], words) < 0.4)
    }

    @Test func gramsOfThaiAreTriples() {
        var count = 0
        UnspacedWordGrams.forEachGram("สวนผัก") { _ in count += 1 }
        #expect(count == 4)
        #expect(UnspacedWordGrams.isUnspaced("สวนผัก"))
        #expect(UnspacedWordGrams.isUnspaced("東京"))
        #expect(!UnspacedWordGrams.isUnspaced("москва"))
        #expect(!UnspacedWordGrams.isUnspaced("서울"))
    }
}

/// Site names after a headline in scripts without letter case.
@Suite struct CaselessSiteSuffixTests {
    @Test func siteNameAfterACaselessHeadlineIsCut() {
        #expect(CaselessSiteSuffix.cut("השכונה שהפחיתה את כמות הפסולת | חדשות השכונה") == "השכונה שהפחיתה את כמות הפסולת")
        #expect(CaselessSiteSuffix.cut("المدينة تطلق أول خط للحافلات - أخبار المدينة") == "المدينة تطلق أول خط للحافلات")
        #expect(CaselessSiteSuffix.cut("河畔市图书馆开放通宵阅览室_文化_河畔晚报") == "河畔市图书馆开放通宵阅览室")
        #expect(CaselessSiteSuffix.cut("島と本土結ぶ小型フェリーが運航再開 | 港町新聞") == "島と本土結ぶ小型フェリーが運航再開")
    }

    @Test func latinTitlesAndShortHeadsStay() {
        #expect(CaselessSiteSuffix.cut("Ferry timetable doubles | harbour post") == "Ferry timetable doubles | harbour post")
        #expect(CaselessSiteSuffix.cut("חדשות | אתר") == "חדשות | אתר")
        #expect(CaselessSiteSuffix.cut("snake_case_name") == "snake_case_name")
    }

    /// A text copy whose only headline line carries the site's name.
    @Test func hebrewCopyHeadlineWithSiteName() throws {
        var page = try ScriptAwareCleaningTests.fixture("scripts/he.txt")
        let title = ScriptHeadlineTests.titles["he"]!
        page = page.replacingOccurrences(of: "\n" + title + "\n", with: "\n" + title + " | חדשות השכונה\n")
        let doc = Cleaner().clean(Article(source: "he.txt", format: .text, text: page))
        #expect(doc.title == title)
    }
}
