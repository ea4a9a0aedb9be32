import Foundation
import Testing
@testable import ReaderModel

/// The invented script fixtures (Chinese, Japanese, Thai, Arabic, Hebrew, Russian, Korean, Greek,
/// Hindi), as select-all text copies and as HTML pages with the same menus, appeal, teasers and
/// comments: the article comes out whole and in order, under its own headline, and the dateline
/// under the headline is never taken for a summary.
@Suite struct ScriptFixtureTests {
    static let all = ["zh", "ja", "th", "ar", "he", "ru", "ko", "el", "hi"]
    static let titles = ScriptHeadlineTests.titles.merging([
        "ko": "바닷가 마을 폐교, 주민 손으로 작은 도서관 된다",
        "el": "Νέα γραμμή πλοίου συνδέει τρία μικρά νησιά με το λιμάνι της πρωτεύουσας του νομού",
        "hi": "पुराने कुएं की सफाई के बाद गांव में लौटा मीठा पानी",
    ]) { a, _ in a }

    static func cleanHTML(_ language: String) throws -> Document {
        let url = ScriptAwareCleaningTests.fixtures.appendingPathComponent("scripts/\(language).html")
        return Cleaner().clean(Article(source: url.path, format: .html, text: try String(contentsOf: url, encoding: .utf8)))
    }

    static func trimmed(_ paragraphs: [String]) -> [String] {
        paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test(arguments: ["ko", "el", "hi"])
    func spacedScriptsKeepTheArticle(language: String) throws {
        let doc = try ScriptAwareCleaningTests.clean("scripts/\(language).txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("scripts/\(language).body.txt")))
        #expect(doc.title == Self.titles[language])
    }

    @Test(arguments: all)
    func datelineIsNoStandfirst(language: String) throws {
        let doc = try ScriptAwareCleaningTests.clean("scripts/\(language).txt")
        #expect(doc.standfirst == nil, "\(language): \(doc.standfirst ?? "")")
    }

    @Test(arguments: all)
    func htmlPageKeepsTheArticleUnderItsHeadline(language: String) throws {
        let doc = try Self.cleanHTML(language)
        let body = try ScriptAwareCleaningTests.expectedBody("scripts/\(language).body.txt")
        #expect(Self.trimmed(doc.paragraphs) == Self.trimmed(body), "\(language): \(doc.paragraphs.map { String($0.prefix(20)) })")
        #expect(doc.title == Self.titles[language], "\(language): \(doc.title ?? "nil")")
    }

    @Test func rightToLeftHTMLKeepsItsOrder() throws {
        for language in ["ar", "he"] {
            let page = try String(contentsOf: ScriptAwareCleaningTests.fixtures.appendingPathComponent("scripts/\(language).html"),
                                  encoding: .utf8)
            let doc = try Self.cleanHTML(language)
            var searchFrom = page.startIndex
            for paragraph in doc.paragraphs {
                // The page escapes quotes; compare on the first words, which have none.
                let probe = String(paragraph.prefix(24))
                let found = try #require(page.range(of: probe, range: searchFrom..<page.endIndex))
                searchFrom = found.upperBound
            }
        }
    }

    @Test func dateShapesInManyScripts() {
        let dated = ["เผยแพร่ 12 พฤษภาคม 2568 โดย กองบรรณาธิการ", "نشر في 5 مارس 2025 - بقلم سارة الحسيني",
                     "입력 2025.06.10 08:15 | 기자 김하늘", "2025年4月2日 7時30分　港町新聞", "March 4, 2025", "1 de julio de 2024 10:00", "21 de março de 2023 às 12h55"]
        let undated = ["Two new boats join the 2025 timetable", "The council met 3 times to discuss the plan for the harbour",
                       "Δημοσιεύθηκε στο τεύχος του Ιουλίου", "Only 3 boats sailed in 2025"]
        for text in dated { #expect(DateShapedLine.matches(TextLine(text: Substring(text), offset: 0, blankBefore: false, lineNumber: 1)), "\(text)") }
        for text in undated { #expect(!DateShapedLine.matches(TextLine(text: Substring(text), offset: 0, blankBefore: false, lineNumber: 1)), "\(text)") }
    }
}
