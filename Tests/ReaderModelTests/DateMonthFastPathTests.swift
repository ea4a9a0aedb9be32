import Testing
@testable import ReaderModel

/// The byte tests before the month lookup (first letter, packed lower-cased bytes, a capital read
/// from the first byte) answer as the lower-cased dictionary lookup and the Character test did.
@Suite struct DateMonthFastPathTests {
    @Test func monthNumberAnswersAsTheDictionary() {
        let words = ["jan", "Jan", "JAN", "january", "JANUARY", "Sept", "sept", "September", "SEPTEMBER", "septembers",
                     "Septembre", "nov", "November", "december", "Dec.", "mayor", "May", "mar", "Marching", "aug",
                     "Augusta", "oct", "Octopus", "feb", "Febuary", "jun", "Junes", "jul", "apr", "Aprils", "x",
                     "zebra", "1999", "j-n", "ja", "jan\u{0}", "Ján", "Mär", "märz", "ſept", "\u{212A}an", ""]
        for word in words {
            #expect(DateNormalizer.monthNumber(word) == DateNormalizer.monthNames[word.lowercased()], "\(word)")
        }
    }

    @Test func onlyCapitalisedEnglishMonthsOpenADate() {
        #expect(DateNormalizer.iso("Filed May 3, 2024 by the desk") == "2024-05-03")
        #expect(DateNormalizer.iso("they may 3, 2024 agree") == nil)
        #expect(DateNormalizer.iso("OCTOBER 9, 2021") == "2021-10-09")
        #expect(DateNormalizer.iso("Éte 9, 2021") == nil)
        #expect(DateNormalizer.iso("in SEPTEMBER 2020") == "2020-09")
    }

    @Test func cjkSignsAndMonthLengths() {
        #expect(DateNormalizer.iso("2025年4月2日 7時30分") == "2025-04-02T07:30")
        #expect(DateNormalizer.iso("2024 4 2") == nil)
        #expect(DateNormalizer.iso("February 29, 2024") == "2024-02-29")
        #expect(DateNormalizer.iso("February 29, 2023") == nil)
        #expect(DateNormalizer.iso("April 31, 2023") == nil)
        #expect(DateNormalizer.iso("on Nov. 20", referenceYear: 987) == "0987-11-20")
    }
}
