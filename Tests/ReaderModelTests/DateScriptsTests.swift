import Testing
@testable import ReaderModel

/// Dates written in other languages and scripts: month names (inflected, abbreviated, both Arabic
/// sets), day-month-year with link words, CJK year/month/day signs, Buddhist-era years and the
/// digits of other scripts. All lines are invented.
@Suite struct DateScriptsTests {
    @Test(arguments: [
        // Romance, Germanic
        ("Publicado el 1 de diciembre de 2017", "2017-12-01"),
        ("Actualizado: 7 de julio de 2024 a las 10:05", "2024-07-07T10:05"),
        ("Publié le 12 juin 2019 à 8h30", "2019-06-12T08:30"),
        ("le 1er février 2020", "2020-02-01"),
        ("Stand: 3. März 2021, 14:20 Uhr", "2021-03-03T14:20"),
        ("Aggiornato il 9 settembre 2022 alle 9:45", "2022-09-09T09:45"),
        ("21 de março de 2023 às 12h55", "2023-03-21T12:55"),
        ("Gepubliceerd op 4 mei 2018", "2018-05-04"),
        // Cyrillic and Greek, genitive forms and capitals without accents
        ("12 октября 2025, 14:20", "2025-10-12T14:20"),
        ("Опубликовано 3 мая 2024 г.", "2024-05-03"),
        ("5 березня 2023", "2023-03-05"),
        ("Δημοσιεύθηκε: 3 Ιουλίου 2025", "2025-07-03"),
        ("17 ΑΥΓΟΥΣΤΟΥ 2024", "2024-08-17"),
        // Right-to-left scripts: both Arabic month sets, Arabic-Indic digits, Hebrew "in <month>"
        ("نشر في 5 مارس 2025", "2025-03-05"),
        ("الأحد 9 آذار 2025", "2025-03-09"),
        ("١٤ تشرين الأول ٢٠٢٤", "2024-10-14"),
        ("۳ مايو ۲۰۲۴", "2024-05-03"),
        ("פורסם: 14 בינואר 2025", "2025-01-14"),
        ("2 אוגוסט 2023", "2023-08-02"),
        // Indic and Thai: Devanagari digits, Buddhist-era years
        ("प्रकाशित: 21 अगस्त 2025", "2025-08-21"),
        ("५ सितंबर २०२४", "2024-09-05"),
        ("เผยแพร่ 12 พฤษภาคม 2568", "2025-05-12"),
        ("๓ มกราคม ๒๕๖๗", "2024-01-03"),
        // CJK signs, with and without the day sign, weekday and time
        ("2025年4月2日 7時30分", "2025-04-02T07:30"),
        ("2025年4月2日（水）", "2025-04-02"),
        ("发布时间：2024年11月5日", "2024-11-05"),
        ("２０２４年１２月２４日", "2024-12-24"),
        ("2025년 6월 10일 오전", "2025-06-10"),
        ("입력 2025.06.10 08:15", "2025-06-10T08:15"),
        ("2023年9月", "2023-09"),
    ])
    func readsDatesOfManyScripts(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    @Test func monthNamesOfOtherLanguagesNeedADayNumber() {
        // A lower-case English month is still a word; the other names stand only after a day.
        #expect(DateNormalizer.iso("they may 20 times refuse") == nil)
        #expect(DateNormalizer.iso("Mars 2021 mission") == nil)
        #expect(DateNormalizer.iso("12 mars", referenceYear: 2020) == "2020-03-12")
        #expect(DateNormalizer.iso("seit 30 Jahren") == nil)
        #expect(DateNormalizer.iso("4月") == nil)
    }

    @Test func buddhistEraYearsOnlyInTheirRange() {
        #expect(DateNormalizer.iso("1 May 2400") == "2400-05-01")
        #expect(DateNormalizer.iso("1 May 2568") == "2025-05-01")
    }
}
