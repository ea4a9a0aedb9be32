import Testing
@testable import ReaderModel

/// A select-all copy glues the header's date to the reading time beside it ("May 9, 20247 min
/// read"): the date is read when the number after the year's four digits is a count of minutes, in
/// English, German, Italian, Spanish, French and Russian date forms; a long number before another
/// word is no glued year.
@Suite struct GluedReadingTimeDateTests: TextPageCleaning {
    static func page(dateLine: String) -> [String] {
        ["Harbour Weekly", "Home", "News", "", "Night ferry to the islands returns after four years", "", "Lena Example", dateLine, "",
         "The night ferry to the outer islands will sail again from June, the harbour board said on Thursday, after a four-year pause.",
         "",
         "Islanders had campaigned for the return of the service, which lets them reach the mainland hospital before morning clinics open.",
         "",
         "The board said tickets would go on sale next week and that fares would stay at the level of the last season."]
    }

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 0)
    }

    @Test(arguments: [
        ("May 9, 20247 min read", "2024-05-09"),
        ("9. Mai 20245 Min. Lesezeit", "2024-05-09"),
        ("12 maggio 202512 minuti di lettura", "2025-05-12"),
        ("3 de marzo de 20254 min de lectura", "2025-03-03"),
        ("21 novembre 20236 min de lecture", "2023-11-21"),
        ("14 октября 20248 мин чтения", "2024-10-14"),
        ("Oct 2, 20243min read", "2024-10-02"),
    ])
    func aDateGluedToAReadingTimeIsRead(text: String, iso: String) {
        #expect(GluedReadingTimeDate.date(in: Self.line(text)) == iso)
    }

    @Test func theHeaderDateOfAGluedLineIsThePublishedDate() {
        let doc = clean(Self.page(dateLine: "May 9, 20247 min read"))
        #expect(doc.published == "2024-05-09")
    }

    /// A count that is not of minutes, a number opening no date, and a date already apart from its
    /// reading time (the parser reads that one itself).
    @Test(arguments: ["May 9, 20247 visitors", "Order 202457 min", "May 9, 2024 7 min read"])
    func aNumberThatIsNoGluedYearIsNotRead(text: String) {
        #expect(GluedReadingTimeDate.date(in: Self.line(text)) == nil)
    }

    @Test func gluedYearDigitsAreFiveOrSixOpeningWithAYear() {
        #expect(GluedReadingTimeDate.gluedYearDigits("20247") == 5)
        #expect(GluedReadingTimeDate.gluedYearDigits("202412min") == 6)
        #expect(GluedReadingTimeDate.gluedYearDigits("2024") == nil)
        #expect(GluedReadingTimeDate.gluedYearDigits("30247") == nil)
        #expect(GluedReadingTimeDate.gluedYearDigits("2024123") == nil)
    }
}
