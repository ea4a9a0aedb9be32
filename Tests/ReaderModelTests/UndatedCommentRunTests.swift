import Foundation
import Testing
@testable import ReaderModel

/// An invented post whose comments are only a name over the text, under a header that counts them:
/// the article ends at that header instead of running on through the thread.
@Suite struct UndatedCommentRunTests {
    static let article = [
        "The new version of our note-taking app went live last night, and with it a simpler price list that replaces the four old plans with just two.",
        "Everyone who bought a licence before yesterday keeps every feature they paid for, and nobody needs to do anything to move across to the new plans.",
        "Sync between devices has been rewritten from the ground up, so notes now appear on your phone a moment after you save them on your laptop.",
        "We will publish a full guide to the new features over the coming week, starting with tags, shared notebooks and the rebuilt search.",
    ]

    static let comments: [(String, String)] = [
        ("Halvard", "The new sync is much faster for me, although one notebook took a few minutes to appear on my tablet after the update."),
        ("Bea Okoro", "Will the guide explain how shared notebooks handle edits made at the same time by two people? That matters a lot for our small team."),
        ("Halvard", "Answering my own question above: signing out and back in on the tablet fixed it straight away, so nothing to worry about."),
        ("quietfox", "Thanks for keeping the old licences working. I was worried I would have to pay again for features I already use every day."),
    ]

    static let page: [String] = {
        var page = ["Blog", "Pricing", "Support", "", "Version five is here", "", "By the team", ""] + article.flatMap { [$0, ""] }
            + ["\(comments.count) comments", ""]
        for (name, text) in comments { page += [name, "", text, ""] }
        return page + ["Leave a comment", "Name", "Email"]
    }()

    @Test func namesOverTextUnderACountedHeaderAreTheThread() {
        let doc = Cleaner().clean(Article(source: "u.txt", format: .text, text: Self.page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Will the guide") }?.evidence ?? ""
        #expect(explained.contains(UndatedCommentRun.evidence))
    }

    @Test func theHeaderMustCountItsComments() {
        let lines = LineSplitter.lines(of: (["Comments", ""] + Self.comments.flatMap { [$0.0, $0.1] }).joined(separator: "\n"))
        #expect(!UndatedCommentRun.follows(0, lines, within: 1..<lines.count))
        let counted = LineSplitter.lines(of: (["4 comments"] + Self.comments.flatMap { [$0.0, $0.1] }).joined(separator: "\n"))
        #expect(UndatedCommentRun.follows(0, counted, within: 1..<counted.count))
    }
}
