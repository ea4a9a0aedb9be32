import Testing
@testable import ReaderModel

/// Byte scans that stand in for Character walks in the metadata readers: the dateline pre-check
/// never clears a line `datelineAgency` reads, the caseless site suffix finds the same separator,
/// and the date tokenizer's ASCII shortcut on mixed lines keeps every grapheme whole.
@Suite struct MetadataByteScanTests {
    @Test(arguments: [
        "PORT TOWN, April 20 (Harbour Wire) – The ferry resumed service.",
        "PORT TOWN (AP) — Officials said on Monday that the bridge would reopen.",
        "Ríoseco, 3 de mayo (Agencia) - El puerto abrió.",
        "KYIV (Wire):Talks resumed.",
        "CITY (Agency)   -   a dateline with wide spaces",
    ])
    func datelinesAreNeverCleared(_ text: String) {
        #expect(MetadataPatterns.datelineAgency(in: Substring(text)) != nil)
        #expect(MetadataPatterns.mayHoldDateline(Substring(text).utf8))
    }

    @Test(arguments: [
        "The ferry (the older one) left at noon.",
        "No brackets at all – only a dash.",
        "A closing) bracket - before any opening (one",
        "Tagged (note) \u{2010} with a hyphen of another code point",
    ])
    func linesWithoutDatelineShapeAreCleared(_ text: String) {
        #expect(!MetadataPatterns.mayHoldDateline(Substring(text).utf8))
        #expect(MetadataPatterns.datelineAgency(in: Substring(text)) == nil)
    }

    /// Random lines over the Characters the dateline test looks at, combining marks included.
    @Test func preCheckIsConservativeOnRandomLines() {
        let pieces = ["(", ")", " ", "-", "–", "—", ":", "AP", "Port", "x", "\u{301}", "é", "(Wire)", "City", "\u{2010}"]
        for line in GeneratedLines(pieces, count: 4000, length: 2...17, seed: 0x9E37_79B9_7F4A_7C15) {
            if MetadataPatterns.datelineAgency(in: Substring(line)) != nil {
                #expect(MetadataPatterns.mayHoldDateline(Substring(line).utf8), "cleared: \(line)")
            }
        }
    }

    @Test func caselessSuffixSkipsSeparatorWhoseSpaceCarriesAMark() {
        // The last " | " is followed by a space with a combining mark: not the separator as Characters.
        #expect(CaselessSiteSuffix.cut("השכונה שהפחיתה את כמות הפסולת | חדשות השכונה | \u{301}")
                == "השכונה שהפחיתה את כמות הפסולת")
        #expect(CaselessSiteSuffix.cut("المدينة تطلق أول خط للحافلات — أخبار المدينة") == "المدينة تطلق أول خط للحافلات")
    }

    @Test func mixedLineDatesKeepGraphemesWhole() {
        func first(_ text: String) -> (iso: String, text: String)? {
            DateNormalizer.firstMatch(in: text).map { ($0.iso, String(text[$0.range])) }
        }
        #expect(first("“Filed”\r\nApril 29, 2024 at noon")?.iso == "2024-04-29")
        #expect(first("“Filed”\r\nApril 29, 2024 at noon")?.text == "April 29, 2024")
        // "1" with a combining mark is one Character and no digit: the date starts at "2".
        #expect(first("1\u{301}2 April 2024 — café")?.iso == "2024-04-02")
        #expect(first("2\u{FE0F}\u{20E3} May 5, 2024 “keycap”")?.text == "May 5, 2024")
        // A prepended mark (Arabic number sign) joins the digit after it.
        #expect(first("\u{0600}2 May 2024 ‘note’")?.iso == "2024-05")
    }
}
