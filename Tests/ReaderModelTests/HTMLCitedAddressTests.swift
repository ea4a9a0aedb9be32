import Testing
@testable import ReaderModel

/// A linked line that shows its own web address is a source the article cites and stays; a linked
/// headline in the same place is a teaser and goes.
@Suite struct HTMLCitedAddressTests {
    @Test func bareAddressesUnderTheArticleStay() {
        let sources = "<h3>Sources</h3><ul><li><a href='https://harbour.example.org/minutes/2031'>https://harbour.example.org/minutes/2031</a></li><li><a href='https://ferries.example.net/timetable'>https://ferries.example.net/timetable</a></li></ul>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: sources))
        #expect(doc.paragraphs.contains("https://harbour.example.org/minutes/2031"))
        #expect(doc.paragraphs.contains("https://ferries.example.net/timetable"))
        #expect(doc.blocks.contains { $0.text == "https://ferries.example.net/timetable" && $0.evidence?.hasPrefix(CitedAddress.evidence) == true })
    }

    @Test func linkedHeadlinesStillGo() {
        let teasers = "<ul><li><a href='/a'>Lighthouse keeper retires after forty winters</a></li><li><a href='/b'>Quota talks stall over the northern banks</a></li></ul>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: teasers))
        #expect(!doc.paragraphs.contains("Lighthouse keeper retires after forty winters"))
    }

    @Test func addressShapes() {
        #expect(CitedAddress.isBareAddress("www.example.org/report"))
        #expect(CitedAddress.isBareAddress("http://example.org/a?b=c"))
        #expect(!CitedAddress.isBareAddress("Read it at https://example.org"))
        #expect(!CitedAddress.isBareAddress("Example Harbour News"))
    }
}
