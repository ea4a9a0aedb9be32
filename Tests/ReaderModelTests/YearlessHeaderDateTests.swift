import Testing
@testable import ReaderModel

/// Invented copies whose date line under the headline carries no year: a weekday, month and day
/// with a clock time, or a short numeric date. The line anchors the headline as a dated one does.
@Suite struct YearlessHeaderDateTests {
    static let body = HeadlineFinderTests.body
    static let menu = HeadlineFinderTests.menu

    func title(_ lines: [String]) -> (String?, String) {
        let doc = Cleaner().clean(Article(source: "y.txt", format: .text, text: lines.joined(separator: "\n")))
        return (doc.title, doc.blocks.first { $0.role == .title }?.evidence ?? "")
    }

    @Test func kickerAboveAHeadlineOverAClockTimeDate() {
        let headline = "River ferry doubles its crossings as two new boats arrive"
        let (title, note) = title(Self.menu + ["", "Almsford Ferry News", headline, "Posted by tamsin on Tuesday March 4, @9:10AM", ""] + Self.body)
        #expect(title == headline)
        #expect(note.contains("directly above the byline or date"))
        #expect(note.contains("a date without a year"))
    }

    @Test func kickerAboveAHeadlineOverAShortNumericDate() {
        let headline = "River ferry doubles its crossings as two new boats arrive"
        let (title, note) = title(Self.menu + ["", "Almsford Ferry News", headline, "04.03.25 in Ferry News", ""] + Self.body)
        #expect(title == headline)
        #expect(note.contains("a date without a year"))
    }
}
