import Testing
@testable import ReaderModel

/// The date and author of the invented script fixtures come out of both cleaners, and byline
/// labels of many languages give the name after them. All text is invented.
@Suite struct ScriptMetadataTests {
    static let published = [
        "zh": "2025-03-18T09:42", "ja": "2025-04-02T07:30", "th": "2025-05-12", "ar": "2025-03-05", "he": "2025-01-14",
        "ru": "2025-10-12T14:20", "ko": "2025-06-10T08:15", "el": "2025-07-03", "hi": "2025-08-21",
    ]
    /// The Japanese fixture names only its newspaper, no author.
    static let bylines = [
        "zh": "林晓雨", "th": "กองบรรณาธิการ", "ar": "سارة الحسيني", "he": "נועה לוי", "ru": "Ирина Соколова",
        "ko": "김하늘", "el": "Ελένη Παπαδάκη", "hi": "अंजलि वर्मा",
    ]

    @Test(arguments: ScriptFixtureTests.all)
    func textCopyGivesDateAndAuthor(language: String) throws {
        let doc = try ScriptAwareCleaningTests.clean("scripts/\(language).txt")
        #expect(doc.published == Self.published[language], "\(language)")
        #expect(doc.byline == Self.bylines[language], "\(language)")
    }

    @Test(arguments: ScriptFixtureTests.all)
    func htmlPageGivesDateAndAuthor(language: String) throws {
        let doc = try ScriptFixtureTests.cleanHTML(language)
        #expect(doc.published == Self.published[language], "\(language)")
        #expect(doc.byline == Self.bylines[language], "\(language)")
    }

    @Test(arguments: [
        ("Por Lucía Márquez", "Lucía Márquez"),
        ("Par Étienne Vidal | 3 mai 2021", "Étienne Vidal"),
        ("Von Jonas Kellner", "Jonas Kellner"),
        ("Di Chiara Bellini - 4 maggio 2022", "Chiara Bellini"),
        ("Door Sanne de Wit", "Sanne de Wit"),
        ("Автор: Павел Орлов", "Павел Орлов"),
        ("Текст: Мария Белова", "Мария Белова"),
        ("Από τον Νίκο Σταύρου", "Νίκο Σταύρου"),
        ("מאת: דנה כהן", "דנה כהן"),
        ("بقلم: ليلى منصور", "ليلى منصور"),
        ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
        ("लेखक: राहुल शर्मा", "राहुल शर्मा"),
        ("作者：陈一鸣", "陈一鸣"),
        ("（文/周小北）", "周小北"),
        ("記者 佐藤花子", "佐藤花子"),
        ("2024년 3월 1일 | 글 이수민", "이수민"),
        ("5 октября 2024, 09:10 · Олег Петров", "Олег Петров"),
    ])
    func labelsOfManyLanguagesIntroduceTheName(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    @Test func noNameWithoutALabel() {
        #expect(BylineLabels.name(in: "March 4, 2025 | Politics") == nil)
        #expect(BylineLabels.name(in: "Updated May 3, 2024 · New York") == nil)
        #expect(BylineLabels.name(in: "Por favor, lea las condiciones") == nil)
        #expect(BylineLabels.name(in: "stand by the door 3 times") == nil)
    }
}
