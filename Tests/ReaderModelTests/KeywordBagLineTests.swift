import Testing
@testable import ReaderModel

/// Invented copies with the page's tags run together on one line above the headline: the tags echo
/// the body as well as the headline does, but they are no headline.
@Suite struct KeywordBagLineTests: TextPageCleaning {

    static let body = HeadlineFinderTests.body
    static let headline = "Two new boats double the Almsford river ferry crossings"

    @Test func lowercaseTagsAboveTheHeadline() {
        let tags = "almsford ferry cray point ferry boats river crossing timetable commuters county transport"
        let page = ["Home", "News", "", tags, "", "Share", "Tweet", "", Self.headline, "Tamsin Example", ""] + Self.body
        #expect(clean(page).title == Self.headline)
    }

    @Test func commaSeparatedTagsAboveTheHeadline() {
        let tags = "Almsford, Ferry, Cray Point, River Ferry, Almsford Transport, Commuters"
        let page = ["Home", "News", "", tags, "", Self.headline, ""] + Self.body
        #expect(clean(page).title == Self.headline)
    }

    @Test func shapes() {
        func line(_ text: String) -> TextLine { LineSplitter.lines(of: text)[0] }
        #expect(KeywordBagLine.matches(line("almsford ferry cray point ferry boats river crossing timetable")))
        // A terse headline without function words names each thing once.
        #expect(!KeywordBagLine.matches(line("Almsford Ferry Doubles Crossings Amid Commuter Complaints Winter")))
        // A kicker before a colon may repeat a word of the headline.
        #expect(!KeywordBagLine.matches(line("Ferry Notes: Ferry Timetable Doubles Crossings Almsford Winter")))
        // Scripts without spaces count no function words.
        #expect(!KeywordBagLine.matches(line("渡し船の新しい時刻表 渡し船 アルムスフォード 川 通勤 冬 時刻表")))
    }
}
