import Foundation
import Testing
@testable import ReaderModel

/// Invented blog pages whose post is a line or two under its headline, then an empty comment
/// section and a reply form, then a longer "about me" blurb in the sidebar.
@Suite struct PostBeforeCommentSectionTests {
    static let post = "A quick ink sketch of the old swing bridge at low tide, drawn from the café window"
    static let blurb = "Hello there and welcome, I draw bridges and boats most mornings and post whatever survives the coffee, so do write if you want a print of any of them."

    static func page(between: [String] = []) -> String {
        var page = ["Bridge Sketches", "", "sketches, ink — Tags: bridges — posted at 08:15", "", post, ""]
        page += ["Comments (0)", "", "No comments yet.", "", "Leave a comment", "", "Name (required)", "", "Website", "", "Submit", ""]
        page += between
        page += ["Say hello", "", blurb, "", "Archive", "Contact"]
        return page.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func thePostBeatsTheSidebarBlurbPastItsCommentSection() {
        let doc = Self.clean(Self.page())
        #expect(doc.paragraphs == [Self.post])
        let explained = doc.evidence(of: Self.post)
        #expect(explained.contains(PostBeforeCommentSection.evidence))
        #expect(explained.contains("chosen over the heavier run"))
    }

    @Test func aBlurbFarPastTheSectionWeighsLessAgainstThePost() {
        // Thirty sidebar links between the form and the blurb: it still loses, by the smaller factor.
        let links = (1...30).map { "Bridge number \($0)" }
        let doc = Self.clean(Self.page(between: links + [""]))
        #expect(doc.paragraphs == [Self.post])
        let explained = doc.evidence(of: Self.post)
        #expect(explained.contains(PostBeforeCommentSection.evidence))
    }

    @Test func anArticleWithItsOwnHeaderPastTheCommentsLinkIsLeftAlone() {
        // A login box above a "comments" link, then a real article under its headline and byline.
        let article = (0..<3).map { "Paragraph \($0) of the harbour report says the ferries ran late all week because the fog sat on the bay and would not lift until noon." }
        let page = ["Sign in", "", "Username Password Remember me", "", "Forgot your username or password?", "",
                    "Register now for free, or sign in with one of these services:", "", "comments", "",
                    "Ferries late all week in the fog", "", "By Ana Writer", "", "March 3, 2024", ""]
            + article.flatMap { [$0, ""] }
        let doc = Self.clean(page.joined(separator: "\n"))
        #expect(doc.paragraphs == article)
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PostBeforeCommentSection.evidence) })
    }

    @Test func aLongRunAboveTheHeaderIsNoShortPost() {
        // The article runs past `maxLines` lines of its own: the scores, not this evidence, decide it.
        let list = (1...16).map { "Stop \($0) on the walk" }
        var page = ["Harbour walks", ""] + list.flatMap { [$0, ""] }
        page += ["Comments (0)", "", "No comments yet.", "", "Leave a comment", "", "Name (required)", "", "Submit", "", Self.blurb]
        let doc = Self.clean(page.joined(separator: "\n"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PostBeforeCommentSection.evidence) })
    }
}
