import Testing
@testable import ReaderModel

/// Thai dates as news sites write them: abbreviated months ("ก.พ.") and Buddhist-era years, with
/// and without the clock and its "น." (invented dates).
@Suite struct ThaiMonthAbbreviationsTests {
    @Test(arguments: [
        ("3 ม.ค. 2567", "2024-01-03"), ("12 ก.พ. 2568", "2025-02-12"), ("7 มี.ค. 2566", "2023-03-07"),
        ("30 เม.ย. 2568", "2025-04-30"), ("1 พ.ค. 2567", "2024-05-01"), ("19 มิ.ย. 2568", "2025-06-19"),
        ("4 ก.ค. 2565", "2022-07-04"), ("22 ส.ค. 2567", "2024-08-22"), ("9 ก.ย. 2568", "2025-09-09"),
        ("15 ต.ค. 2566", "2023-10-15"), ("28 พ.ย. 2567", "2024-11-28"), ("31 ธ.ค. 2568", "2025-12-31"),
    ])
    func readsEveryAbbreviatedMonth(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    @Test(arguments: [
        ("12 ก.พ. 2568 09:15 น.", "2025-02-12T09:15"),
        ("12 ก.พ. 2568 09:15", "2025-02-12T09:15"),
        ("12 ก.พ. 2568", "2025-02-12"),
        ("วันพุธ 5 มิ.ย. 2567 เวลา 14:30 น.", "2024-06-05T14:30"),
        ("๒๓ ต.ค. ๒๕๖๖", "2023-10-23"),
        ("12 กุมภาพันธ์ 2568 09:15 น.", "2025-02-12T09:15"),
        ("12 กุมภาพันธ์ 2568", "2025-02-12"),
    ])
    func readsClockAndFullMonthForms(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    @Test func otherDottedWordsAreNoMonths() {
        #expect(ThaiMonthAbbreviations.month("U", "S") == nil)
        #expect(ThaiMonthAbbreviations.month("ก", "ก") == nil)
        #expect(DateNormalizer.iso("12 U.S. 2024") == nil)
        // A Thai abbreviation that is no month (a degree) stays a word.
        #expect(DateNormalizer.iso("12 ป.ตรี 2568") == nil)
    }
}
