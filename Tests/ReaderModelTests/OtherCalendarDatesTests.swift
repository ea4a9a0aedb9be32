import Testing
@testable import ReaderModel

/// Dates of other calendars read as Gregorian: Solar Hijri (Persian, Dari, Pashto), Japanese eras,
/// Minguo years, Bikram Sambat, and the Gregorian date beside a lunar Hijri one. All lines are invented.
@Suite struct OtherCalendarDatesTests {
    @Test(arguments: [
        // Solar Hijri: Persian digits and names, Dari and Pashto names, Latin spelling, numeric
        ("۱۶ آذر ۱۴۰۵", "2026-12-07"),
        ("یکشنبه ۱۶ آذر ۱۴۰۵ - ۱۰:۳۰", "2026-12-07T10:30"),
        ("تاریخ انتشار: ۱ فروردین ۱۴۰۳", "2024-03-20"),
        ("۲۹ اسفند ۱۴۰۲", "2024-03-19"),
        ("۱ فروردین ماه ۱۴۰۴", "2025-03-21"),
        ("۱۶ قوس ۱۴۰۵", "2026-12-07"),
        ("۱۶ لیندۍ ۱۴۰۵", "2026-12-07"),
        ("16 Azar 1405", "2026-12-07"),
        ("۱۴۰۵/۰۹/۱۶", "2026-12-07"),
        ("1405-09-16 08:00", "2026-12-07T08:00"),
        // Arabic script typed with Arabic "ي" for Persian "ی"
        ("۱ فروردين ۱۴۰۳", "2024-03-20"),
        // Japanese eras and Minguo years
        ("令和7年5月2日", "2025-05-02"),
        ("公開日：令和7年5月2日 10時15分", "2025-05-02T10:15"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),
        ("更新 R7.5.2", "2025-05-02"),
        ("民國114年5月2日", "2025-05-02"),
        ("发布于 民国113年12月24日", "2024-12-24"),
        ("114年5月2日 下午", "2025-05-02"),
        // Bikram Sambat, year first, day first, month first, Latin
        ("२०८३ मंसिर २०", "2026-12-06"),
        ("२०८३ मंसिर २० गते ११:४०", "2026-12-06T11:40"),
        ("२० मंसिर २०८३", "2026-12-06"),
        ("मंसिर २०, २०८३", "2026-12-06"),
        ("१ बैशाख २०८२", "2025-04-14"),
        ("३१ चैत २०८१", "2025-04-13"),
        ("Mangsir 20, 2083", "2026-12-06"),
        ("२०८३/०८/२०", "2026-12-06"),
        // Arabic pages giving the lunar Hijri date first: the Gregorian one is read
        ("الأحد 26 جمادى الآخرة 1448 هـ الموافق 6 ديسمبر 2026 م", "2026-12-06"),
        ("1448/06/26 هـ - 2026/12/06 م", "2026-12-06"),
        ("٢٦-٠٦-١٤٤٨ هـ | ١٣-١٢-٢٠٢٦ م", "2026-12-13"),
    ])
    func readsOtherCalendarsAsGregorian(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    @Test func daysPastAMonthsEndAreNoDate() {
        // Mehr has 30 days; Mangsir 2083 has 29.
        #expect(DateNormalizer.iso("۳۱ مهر ۱۴۰۵") == nil)
        #expect(DateNormalizer.iso("२०८३ मंसिर ३०") == nil)
    }

    @Test func calendarWordsOutsideTheirYearsAreNoDate() {
        // "مهر" (a seal) and "Tir" with a year of no Solar Hijri page; a Bikram Sambat month with a year past the table.
        #expect(DateNormalizer.iso("۱۲ مهر ۲۰۲۵") == nil)
        #expect(DateNormalizer.iso("3 Tir 2024") == nil)
        #expect(DateNormalizer.iso("२० मंसिर २०९९") == nil)
        // A lone lunar Hijri date gives no Gregorian date.
        #expect(DateNormalizer.iso("1448/06/26 هـ") == nil)
        // A two-digit year before 年 may be Japanese with its era dropped: not read as Minguo.
        #expect(DateNormalizer.iso("14年5月2日") == nil)
        // An era initial needs the era's range and a full stop between every part.
        #expect(DateNormalizer.iso("R7-5-2") == nil)
        #expect(DateNormalizer.iso("X7.5.2") == nil)
    }

    @Test func conversionsMatchKnownDays() {
        #expect(SolarHijriDate.gregorian(year: 1403, month: 1, day: 1)! == (2024, 3, 20))
        #expect(SolarHijriDate.gregorian(year: 1405, month: 9, day: 16)! == (2026, 12, 7))
        #expect(SolarHijriDate.gregorian(year: 1403, month: 12, day: 30)! == (2025, 3, 20))  // 1403 is a leap year
        #expect(SolarHijriDate.gregorian(year: 1404, month: 12, day: 30) == nil)
        #expect(BikramSambatDate.gregorian(year: 2070, month: 1, day: 1)! == (2013, 4, 14))
        #expect(BikramSambatDate.gregorian(year: 2081, month: 1, day: 1)! == (2024, 4, 13))
        #expect(BikramSambatDate.gregorian(year: 2083, month: 8, day: 20)! == (2026, 12, 6))
        #expect(BikramSambatDate.gregorian(year: 2090, month: 12, day: 30)! == (2034, 4, 13))
        #expect(EraYear.gregorian(eraWord: "は令和", year: 7) == 2025)
        #expect(EraYear.gregorian(eraWord: "平成", year: 32) == nil)
    }

    @Test func lineTestsLetOtherCalendarsThrough() {
        #expect(DateNormalizer.startsWithYear("令和7年5月2日"))
        #expect(DateNormalizer.startsWithYear("114年5月2日"))
        #expect(!DateNormalizer.startsWithYear("14年"))
        #expect(DateNormalizer.startsWithYear("2025年4月2日"))
        #expect(!DateNormalizer.startsWithYear("2025"))
        #expect(DateNormalizer.startsWithYear("2568"))
    }
}
