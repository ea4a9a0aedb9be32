import Testing
@testable import ReaderModel

/// DATE entities in running text of languages whose months are written in lower case, of scripts
/// without spaces (CJK, Korean) and of other digits. Sentences are invented.
@Suite struct EntityLowercaseMonthDateTests {
    func dates(_ paragraph: String) -> [EntitySpan] {
        EntityRecognizer().recognize(Document(source: "t", paragraphs: [paragraph])).filter { $0.type == .date }
    }

    @Test(arguments: [
        ("Le musée rouvrira ses portes le 12 juin 2019 après des travaux.", "2019-06-12", "12 juin 2019"),
        ("La réforme entre en vigueur le 1er mars 2026 dans tout le pays.", "2026-03-01", "1er mars 2026"),
        ("El puente se inauguró el 1 de diciembre de 2017 con una fiesta.", "2017-12-01", "1 de diciembre de 2017"),
        ("La mostra apre il 3 marzo 2024 al castello.", "2024-03-03", "3 marzo 2024"),
        ("A obra começou em 15 de março de 2023 no bairro.", "2023-03-15", "15 de março de 2023"),
        ("Der Markt öffnete am 14. Februar 2020 erstmals.", "2020-02-14", "14. Februar 2020"),
        ("Выставка откроется 5 апреля 2024 года в музее.", "2024-04-05", "5 апреля 2024"),
        ("新馆于2025年4月2日正式开放。", "2025-04-02", "2025年4月2日"),
        ("工事は2023年11月20日に終わった。", "2023-11-20", "2023年11月20日"),
        ("式典は 2024年7月1日 に行われた。", "2024-07-01", "2024年7月1日"),
        ("행사는 2025년 4월 2일에 열렸다.", "2025-04-02", "2025년 4월 2일"),
        ("افتتح المعرض في ١٥ مارس ٢٠٢٤ وسط المدينة.", "2024-03-15", "١٥ مارس ٢٠٢٤"),
        ("A feira abriu em 1º de maio de 2022 na praça.", "2022-05-01", "1º de maio de 2022"),
        ("मेला १२ मार्च २०२४ को शुरू हुआ।", "2024-03-12", "१२ मार्च २०२४"),
        ("会議は２０２５年４月２日に開かれた。", "2025-04-02", "２０２５年４月２日"),
    ])
    func dateInRunningText(sentence: String, iso: String, text: String) {
        let found = dates(sentence)
        #expect(found.contains { $0.normalized == iso && $0.text == text }, "\(sentence): \(found.map { ($0.text, $0.normalized) })")
    }

    @Test func dayAndLowercaseMonthWithoutYearIsADate() {
        let found = dates("Le conseil se réunira le 3 juin pour voter.")
        #expect(found.map(\.text) == ["3 juin"])
    }

    @Test(arguments: [
        "Later you may 3 times ask the clerk for help.",
        "The hikers march 4 miles before lunch.",
        "We counted 12 people and 3 cars at the gate.",
    ])
    func lowercaseEnglishMonthWordsStayWords(sentence: String) {
        #expect(dates(sentence).isEmpty, "\(sentence): \(dates(sentence).map(\.text))")
    }
}
