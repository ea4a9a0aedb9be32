import Testing
@testable import ReaderModel

@Suite struct DateNormalizerTests {
    @Test(arguments: [
        ("April 29, 2024", "2024-04-29"),
        ("by A Writer April 29, 2024 3:10 PM 2 min read", "2024-04-29T15:10"),
        ("Published Monday, Jan. 8, 2024 at 9:05 a.m. ET", "2024-01-08T09:05"),
        ("20 April 2023", "2023-04-20"),
        ("the 3rd of March, 2021", "2021-03-03"),
        ("2024-04-29T15:10:00Z", "2024-04-29T15:10"),
        ("2024-04-29", "2024-04-29"),
        ("04/29/2024", "2024-04-29"),
        ("29/04/2024", "2024-04-29"),
        ("29.04.2024", "2024-04-29"),
        ("in September 2022", "2022-09"),
        ("Sept. 1, 2022, 12:00 AM", "2022-09-01T00:00"),
        ("December 12, 2023 12:30 PM", "2023-12-12T12:30"),
    ])
    func readsWrittenDates(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso)
    }

    @Test func usesReferenceYearOnlyWhenTheTextHasNone() {
        #expect(DateNormalizer.iso("HAMBURG, April 20 (Wire) -") == nil)
        #expect(DateNormalizer.iso("HAMBURG, April 20 (Wire) -", referenceYear: 2023) == "2023-04-20")
        #expect(DateNormalizer.iso("on Nov. 20", referenceYear: 2024) == "2024-11-20")
    }

    @Test func rejectsNonDates() {
        #expect(DateNormalizer.iso("they may 20 times refuse") == nil)
        #expect(DateNormalizer.iso("February 30, 2023") == nil)
        #expect(DateNormalizer.iso("a march of 5000 people") == nil)
        #expect(DateNormalizer.iso("") == nil)
        #expect(DateNormalizer.iso("12:45 PM") == nil)
    }

    @Test func forEachMatchReadsTheDatesRepeatedFirstMatchCallsRead() {
        let texts = [
            "Filed March 3, 2021 at 4:15 PM, revised 2021-03-04T09:00 and again on 5 March 2021.",
            "“Opened” in May 2019 — closed 12. Mai 2020 — reopened 2023年4月2日 7時30分 ・ Nov. 20",
            "no dates at all here, only 12 boats and 1,500 gulls",
            "a ship of 1901 and 1902, May 2015",
            "Sept 2018\r\nupdated 04/29/2024",
        ]
        for text in texts {
            var expected: [String] = []
            var rest = text
            while let match = DateNormalizer.firstMatch(in: rest) {
                expected.append(match.iso)
                rest = String(rest[match.range.upperBound...])
            }
            var found: [String] = []
            DateNormalizer.forEachMatch(in: text) { found.append($0.iso); return true }
            #expect(found == expected, "\(text)")
        }
    }

    @Test func reportsTheRangeOfTheDate() throws {
        let text = "Filed April 2, 2024 10:00 AM by staff"
        let match = try #require(DateNormalizer.firstMatch(in: text))
        #expect(text[match.range] == "April 2, 2024 10:00 AM")
    }
}
