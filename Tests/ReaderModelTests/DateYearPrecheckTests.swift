import Testing
@testable import ReaderModel

/// `DateNormalizer.mayHoldYearDate`: the byte test never clears a line the date parser finds a dated
/// match in, and clears prose that only mentions a year.
@Suite struct DateYearPrecheckTests {
    private func hasDatedMatch(_ text: String) -> Bool {
        var found = false
        DateNormalizer.forEachMatch(in: text) { _ in found = true; return false }
        return found
    }

    @Test(arguments: [
        "Posted March 3, 2022 by a clerk of the port",
        "the 5th of June 2019 was cold",
        "filed on 14 Oct. 2020, later withdrawn",
        "Updated 2021-07-09T08:30:00Z",
        "valid until 09/30/2027 only",
        "see 30.11.2018 minutes",
        "Sept. 2023 issue",
        "a quiet July 2024 for the harbour",
        "1 de agosto de 2022 en la costa",
        "12 janvier 2025 au port",
        "3. März 2021 im Hafen",
        "2023年5月6日 開催",
        "2024년 3월 2일",
        "١٢ مارس ٢٠٢٣",
        "12 พฤษภาคม 2567",
        "November 8th 2026",
        "2019 - 04 - 18",
    ])
    func datedLinesAreNeverCleared(_ text: String) {
        #expect(hasDatedMatch(text))
        #expect(DateNormalizer.mayHoldYearDate(Substring(text)))
    }

    @Test(arguments: [
        "The ferry line opened in 2019 and closed a decade later.",
        "Harbour fees rose by a third in 2022.",
        "The council (elected 2021) met on Tuesday.",
        "Around 1200 boats and 2024 crew members were counted.",
        "“We planned it for 2026,” the pilot said.",
    ])
    func proseYearsAreCleared(_ text: String) {
        #expect(!hasDatedMatch(text))
        #expect(!DateNormalizer.mayHoldYearDate(Substring(text)))
    }

    @Test func monthAndYearAloneAreClearedWhenOnlyFullDatesCount() {
        #expect(!DateNormalizer.mayHoldYearDate("the strike began in February 2022 and went on", fullDateOnly: true))
        #expect(DateNormalizer.mayHoldYearDate("the strike began in February 2022 and went on"))
        #expect(DateNormalizer.mayHoldYearDate("signed on 20 February 2022 at noon", fullDateOnly: true))
        #expect(DateNormalizer.mayHoldYearDate("the 4th of May 2021", fullDateOnly: true))
        #expect(DateNormalizer.mayHoldYearDate("Posted March 3, 2022", fullDateOnly: true))
    }

    private func hasFullDate(_ text: String) -> Bool {
        var found = false
        DateNormalizer.forEachMatch(in: text) { match in
            if match.iso.count >= 10 { found = true; return false }
            return true
        }
        return found
    }

    @Test func clearedLinesHoldNoDate() {
        let words = ["in", "May", "may", "June", "3", "21st", "th", "of", "de", "2024", "1999", "-", "/", ".", ",", "(", ")",
                     "“", "—", "٢٠٢٤", "年", "5", "12", "the", "Oct", "\u{00A0}"]
        // Every line of three to five of these words, in a fixed pseudo-random order.
        var seed: UInt64 = 0x2545F4914F6CDD1D
        for _ in 0..<4000 {
            var parts: [String] = []
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let count = 3 + Int((seed >> 33) % 3)
            for _ in 0..<count {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                parts.append(words[Int((seed >> 33) % UInt64(words.count))])
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let text = parts.joined(separator: (seed >> 40) % 2 == 0 ? " " : "")
            if !DateNormalizer.mayHoldYearDate(Substring(text)) {
                #expect(!hasDatedMatch(text), "cleared a dated line: \(text)")
            }
            if !DateNormalizer.mayHoldYearDate(Substring(text), fullDateOnly: true) {
                #expect(!hasFullDate(text), "cleared a line with a full date: \(text)")
            }
        }
    }
}
