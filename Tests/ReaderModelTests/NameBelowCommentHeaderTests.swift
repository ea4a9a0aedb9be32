import Foundation
import Testing
@testable import ReaderModel

/// An invented post followed by a thread whose comments each open with a bare dated line and the
/// author's name glued under it (some authors reply twice, some sign with a handle): the names
/// under the dates mark the thread although no comments header or reply line does.
@Suite struct NameBelowCommentHeaderTests {
    static let article = [
        "The orchard on the hill will open to pickers on Saturday, a week earlier than last year, after a warm spring brought the apples on fast.",
        "The growers said the early varieties are already sweet and that the late ones should follow by the middle of the month if the nights stay dry.",
        "Visitors are asked to bring their own baskets this season, since the farm shop has run short of the paper bags it used to hand out at the gate.",
    ]

    /// Seven authors down the thread: two reply twice, one signs with a handle the name test rejects.
    static let names = ["Marta Vell", "Oskar Linde", "Marta Vell", "Juno Pike", "quill42", "Hedda Roos", "quill42"]

    static func comment(_ k: Int) -> String {
        "Picker \(k) went up the hill last autumn and says the early apples were the best of the year, so the earlier opening is welcome news."
    }

    static func page(_ name: (Int) -> String) -> String {
        var page = ["Home", "Visit", "", "The orchard opens early", ""] + article.flatMap { [$0, ""] } + ["Share this post", ""]
        for k in 0..<7 {
            page += ["Profile", "09.14.24 at \(k + 1):2\(k) pm", name(k), "", comment(k), "", ""]
        }
        return (page + ["Archives", "Contact"]).joined(separator: "\n")
    }

    @Test func namesUnderDatesMakeAThread() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page { Self.names[$0] }))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Picker 3") }?.evidence ?? ""
        #expect(explained.contains(NameBelowCommentHeader.evidence))
    }

    @Test func oneRepeatedNameIsABlogsOwnAuthor() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page { _ in "Marta Vell" }))
        let explained = doc.blocks.first { $0.text.hasPrefix("Picker 3") }?.evidence ?? ""
        #expect(!explained.contains(NameBelowCommentHeader.evidence))
    }

    @Test func readsABareNameGluedUnderTheHeader() {
        let lines = LineSplitter.lines(of: ["09.14.24 at 1:20 pm", "Marta Vell", "09.14.24 at 2:21 pm", "", "Marta Vell",
                                            "09.14.24 at 3:22 pm", "The pickers came early.", "09.14.24 at 4:23 pm"].joined(separator: "\n"))
        #expect(NameBelowCommentHeader.isNameBelow(0, lines))
        // A blank line parts the name from the date: not its header.
        #expect(!NameBelowCommentHeader.isNameBelow(2, lines))
        #expect(!NameBelowCommentHeader.isNameBelow(4, lines))
        #expect(!NameBelowCommentHeader.isNameBelow(6, lines))
    }
}
