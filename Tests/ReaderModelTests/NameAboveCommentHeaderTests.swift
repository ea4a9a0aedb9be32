import Foundation
import Testing
@testable import ReaderModel

/// An invented post followed by long comments, each a bare author name over a dated line: the names
/// above the dates mark the thread although no comments header or reply line does.
@Suite struct NameAboveCommentHeaderTests {
    static let article = [
        "The ferry company said on Monday that the early crossing will run all year from the spring, after a winter in which commuters waited on the pier for the first boat.",
        "The captain of the older vessel said the crew would rather sail the early route than tie up at the harbour wall for the months when the sea is calm enough.",
        "Islanders have asked for a later return crossing as well, and the company said it would count passengers for a season before deciding whether to add one.",
    ]

    static let names = ["Ruth Calder", "mbrook", "Ansel Fenn", "Ida", "Tomas Wirth"]

    static func comment(_ k: Int) -> String {
        Array(repeating: "Reader \(k) has taken the early boat for years and thinks the winter crossing will help nurses and teachers who work on the mainland and cannot wait for the second sailing.", count: 4)
            .joined(separator: " ")
    }

    static func page(_ name: (Int) -> String) -> String {
        var page = ["Home", "About", "", "The early ferry will run all year", ""] + article.flatMap { [$0, ""] } + ["Tags: ferry, island | 5 remarks", ""]
        for k in 0..<5 {
            page += [name(k), "March \(k + 2)nd, 2025 at \(k + 1):04 pm", "", comment(k), ""]
        }
        return (page + ["Archives", "Contact"]).joined(separator: "\n")
    }

    @Test func namesAboveDatesMakeAThreadHoweverLong() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page { Self.names[$0] }))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Reader 2") }?.evidence ?? ""
        #expect(explained.contains(NameAboveCommentHeader.evidence))
    }

    @Test func oneRepeatedNameIsABlogsOwnAuthor() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page { _ in "Ruth Calder" }))
        #expect(doc.paragraphs.contains { $0.hasPrefix("Reader 2") })
    }

    @Test func readsABareNameAboveTheHeader() {
        let lines = LineSplitter.lines(of: ["Ruth Calder", "March 2nd, 2025 at 1:04 pm", "The crossing was late.", "March 3rd, 2025 at 2:04 pm", "Notes on the 2024 season", "March 4th, 2025 at 3:04 pm"].joined(separator: "\n"))
        #expect(NameAboveCommentHeader.isNameAbove(1, lines))
        #expect(!NameAboveCommentHeader.isNameAbove(3, lines))
        #expect(!NameAboveCommentHeader.isNameAbove(5, lines))
    }
}
