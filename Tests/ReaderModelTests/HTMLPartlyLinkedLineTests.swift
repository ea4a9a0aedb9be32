import Testing
@testable import ReaderModel

/// Inside the article a long line that is only partly a link (an offer with its shop link, a
/// cited report) is text; a line linked through is a teaser.
@Suite struct HTMLPartlyLinkedLineTests {
    @Test func longPartlyLinkedLineIsKeptAndTeaserRemoved() {
        let offer = "<li><a href='/lamp'>Brass harbour lamp with a spare wick, a storm glass and a brass hook</a> for twelve pounds at the chandlery</li>"
        let teaser = "<p><a href='/next'>Read the next story about the ferry timetable and the winter crossings</a></p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<ul>\(offer)</ul>\(teaser)"))
        #expect(doc.paragraphs.contains("Brass harbour lamp with a spare wick, a storm glass and a brass hook for twelve pounds at the chandlery"))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Read the next story") })
    }
}
