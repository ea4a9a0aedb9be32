import Testing
@testable import ReaderModel

/// Tibetan Gregorian dates: "ཕྱི་ལོ" (year), "ཟླ" (month) and "ཚེས" (day) each before its number in
/// Tibetan digits, the month also as an ordinal ("ཟླ་བ་བརྒྱད་པ", the eighth month), tshegs or
/// spaces between the parts.
@Suite struct TibetanDateTests {
    @Test(arguments: [
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་༨ ཚེས་༡༤", "2025-08-14"),
        ("ཕྱི་ལོ་༢༠༢༥་ཟླ་༨་ཚེས་༡༤", "2025-08-14"),
        ("ཕྱི་ལོ ༢༠༢༥ ཟླ ༨ ཚེས ༡༤", "2025-08-14"),
        ("སྤྱི་ལོ་༢༠༢༥ ཟླ་༡༢ ཚེས་༣", "2025-12-03"),
        ("ཕྱི་ལོ་2025 ཟླ་8 ཚེས་14", "2025-08-14"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་བ་བརྒྱད་པ་ཚེས་༡༤", "2025-08-14"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་བ་དང་པོའི་ཚེས་༡", "2025-01-01"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་བ་དང་པོ་ཚེས་༡", "2025-01-01"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་བ་བཅུ་གཅིག་པ་ཚེས་༢༠", "2025-11-20"),
        ("ཕྱི་ལོ་༢༠༢༥ ཟླ་བ་༨ ཚེས་༡༤", "2025-08-14"),
        ("རྩོམ་པ་པོ། བཀྲ་ཤིས་དོན་གྲུབ ཕྱི་ལོ་༢༠༢༥ ཟླ་༨ ཚེས་༡༤", "2025-08-14"),
    ])
    func readsTheDate(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// The words without a whole date, an impossible day, a month read as "three months": no date.
    @Test(arguments: [
        "ཕྱི་ལོ་༢༠༢༥ ཟླ་༨",
        "ཕྱི་ལོ་༢༠༢༥ ཟླ་༢ ཚེས་༣༠",
        "ཟླ་བ་གསུམ་རིང་གཞོན་ནུ་ཚོས་ལས་ཀ་བྱས།",
        "ཕྱི་ལོ་༢༠༢༥ ཟླ་བ་ཉི་ཤུ་པ་ཚེས་༡",
    ])
    func readsNoDate(text: String) {
        #expect(DateNormalizer.iso(text) == nil, "\(text)")
    }

    /// The date closes the name in a byline row: "by NAME DATE" reads as both.
    @Test func dateEndsAMatchedRange() throws {
        let text = "བཀྲ་ཤིས་དོན་གྲུབ ཕྱི་ལོ་༢༠༢༥ ཟླ་༨ ཚེས་༡༤ ཀློག་དུས།"
        let match = try #require(DateNormalizer.firstMatch(in: text))
        #expect(text[match.range] == "ཕྱི་ལོ་༢༠༢༥ ཟླ་༨ ཚེས་༡༤")
    }
}

/// The invented Tibetan page's date line, read in its text copy too.
@Suite struct TibetanDatePageTests {
    @Test func textCopyReadsTheDateLine() throws {
        let text = try ScriptAwareCleaningTests.fixture("unseen/bo.txt")
        let doc = Cleaner().clean(Article(source: "unseen/bo.txt", format: .text, text: text))
        #expect(doc.published == "2025-08-14")
        #expect(doc.byline == "བཀྲ་ཤིས་དོན་གྲུབ")
    }
}
