import Foundation
import Testing
@testable import ReaderModel

/// An invented post followed by comments whose headers put the time first and the author last
/// ("on 2024-05-03 at 9:15 am Name"), with no comments header or reply line above or between them.
@Suite struct TrailingNameCommentHeaderTests {
    static let article = [
        "The village library will open on Sundays from next month, after volunteers offered to staff the reading room and the council agreed to pay for heating.",
        "Opening hours will run from noon until five, and the children's corner will host a story hour each week that older pupils from the school have offered to lead.",
        "The librarian said the change was the first extension of hours in a decade and thanked the volunteers who had collected signatures over the winter.",
    ]

    static let names = ["Marta Quill", "jonno", "Felix Ardent", "Priya", "Old Tom", "Marta Quill"]

    static func page(trailing: (Int) -> String) -> String {
        var page = ["Home", "About", "", "Sunday hours for the village library", ""] + article.flatMap { [$0, ""] } + ["Filed under Village | 6 Replies", ""]
        for k in 0..<6 {
            page += ["on 2024-05-0\(k + 3) at \(k + 1):15 pm  \(trailing(k))", "", "Reader \(k) is glad to hear the library will open on Sundays and hopes the story hour starts soon.", "", ""]
        }
        return (page + ["Replies are closed.", "", "Archives"]).joined(separator: "\n")
    }

    @Test func headersEndingInAuthorsNamesAreAThread() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page { Self.names[$0] }))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Reader 2") }?.evidence ?? ""
        #expect(explained.contains(TrailingNameCommentHeader.evidence))
    }

    @Test func oneRepeatedWordAfterTheTimeIsNoAuthor() {
        // A live article's updates end in the same time zone each time: they stay in the body.
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page { _ in "ET" }))
        #expect(doc.paragraphs.contains { $0.hasPrefix("Reader 2") })
    }

    @Test func readsTheNameAfterTheClock() {
        #expect(TrailingNameCommentHeader.trailingName("on 2024-05-03 at 9:15 am Marta Quill") == "Marta Quill")
        #expect(TrailingNameCommentHeader.trailingName("May 3, 2024 10:05PM | jonno") == "jonno")
        #expect(TrailingNameCommentHeader.trailingName("Marta Quill on May 3, 2024 9:15 am") == nil)
        #expect(TrailingNameCommentHeader.trailingName("at 9:15 am the council met again to vote on the plan") == nil)
        #expect(TrailingNameCommentHeader.trailingName("9:15 am Update.") == nil)
    }
}
