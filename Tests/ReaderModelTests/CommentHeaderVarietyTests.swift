import Foundation
import Testing
@testable import ReaderModel

/// An invented news story followed by numbered comments ("#1.2 - date time") whose texts run long: the
/// numbering marks them as a thread although no comments header or reply line does.
@Suite struct CommentHeaderVarietyTests {
    static let article = [
        "The city council voted on Tuesday evening to close the old harbour bridge to cars from next spring, ending months of argument between shop owners on the island and commuters from the mainland.",
        "Cyclists and pedestrians will keep using the bridge, and a new ferry is to run every twenty minutes during the day, although the council has not yet said who will operate it or what a ticket will cost.",
        "Engineers warned last year that the bridge's steel deck would not carry heavy traffic for much longer, and repairs were estimated at several times the council's yearly budget for roads.",
    ]

    static func comment(_ k: Int) -> String {
        Array(repeating: "Reader number \(k) thinks the ferry will never run on time in winter, and says the council should have repaired the deck years ago when the cost was lower and the harbour was busier.", count: 3)
            .joined(separator: " ")
    }

    static let page: [String] = {
        var page = ["News", "Local", "Sport", "", "Harbour bridge to close to cars", ""] + article.flatMap { [$0, ""] } + ["Discuss this story", ""]
        for k in 0..<6 {
            page += ["#1.\(k) - Wed Mar \(k + 4), 2025 \(k + 1):15 PM", "reader\(k)", "", comment(k), "", "\(k + 2) votes", ""]
        }
        return page + ["Terms of use", "Privacy"]
    }()

    @Test func numberedCommentsAreAThreadHoweverLong() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Reader number 2") }?.evidence ?? ""
        #expect(explained.contains(CommentHeaderVariety.evidence))
    }

    @Test func headersVaryByNumberOrAuthor() {
        let lines = LineSplitter.lines(of: ["#1 - May 3", "x", "#2 - May 4", "x", "Ana on May 3 1:00", "Bo on May 3 2:00", "Cy on May 3 3:00", "Di on May 4 4:00", "Ines on May 3 1:00", "Ines on May 4 1:00", "Ines on May 5 1:00", "Ines on May 6 1:00"].joined(separator: "\n"))
        #expect(CommentHeaderVariety.isNumbered(lines[0]))
        #expect(!CommentHeaderVariety.isNumbered(lines[1]))
        #expect(CommentHeaderVariety.isVaried(lines, [4, 5, 6, 7][...]))
        #expect(!CommentHeaderVariety.isVaried(lines, [8, 9, 10, 11][...]))
    }
}
