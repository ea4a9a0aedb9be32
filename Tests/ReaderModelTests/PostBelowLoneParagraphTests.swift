import Foundation
import Testing
@testable import ReaderModel

/// Invented blog pages whose "about me" paragraph at the top outweighs the post further down: a
/// headline and a line or two, framed by share buttons, a "Posted by" label and the comment section.
@Suite struct PostBelowLoneParagraphTests {
    static let blurb = "Hi, I am a retired ferry mechanic who now builds model lighthouses in the garden shed, and on this page I share whatever I glue together each week along with the odd failure."
    static let headline = "The tin lighthouse with a working lamp"
    static let post = "Three evenings of soldering, one burnt thumb, and the little lamp finally turns."

    static func page(links: Int = 12, blurbParagraphs: Int = 1, byline: Bool = false, headlineInSidebar: Bool = false) -> String {
        var page = ["Shed Lighthouses", "", "Home", "Archive", ""]
        if byline { page += ["By Shed Keeper", "March 3, 2024", ""] }
        page += Array(repeating: Self.blurb, count: blurbParagraphs).flatMap { [$0, ""] }
        page += ["Tags", ""] + (1...links).map { "lighthouse model \($0)" } + [""]
        if headlineInSidebar { page += ["Recent posts", Self.headline, "A brass foghorn that squeaks", ""] }
        page += ["« Back to blog", "", Self.headline, "", Self.post, ""]
        page += ["Tweet", "Posted by Shed Keeper", "2 responses", "Like", "Comment", "", "Theme by Someone"]
        return page.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func thePostBeatsTheAboutParagraphAboveIt() {
        let doc = Self.clean(Self.page())
        #expect(doc.paragraphs.contains(Self.post))
        #expect(!doc.paragraphs.contains(Self.blurb))
        let explained = doc.evidence(of: Self.post)
        #expect(explained.contains(PostBelowLoneParagraph.evidence))
        #expect(explained.contains("chosen over the heavier run at lines"))
    }

    @Test func aParagraphRightAboveThePostIsNoBlurb() {
        // Only a few lines between the paragraph and the post: an author box, not a sidebar.
        let doc = Self.clean(Self.page(links: 2))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PostBelowLoneParagraph.evidence) })
    }

    @Test func aRunOfSeveralParagraphsIsNoBlurb() {
        // Three paragraphs of prose read as an article, not a one-paragraph intro box.
        let doc = Self.clean(Self.page(blurbParagraphs: 3))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PostBelowLoneParagraph.evidence) })
    }

    @Test func aParagraphUnderItsBylineIsAnArticleNotABlurb() {
        let doc = Self.clean(Self.page(byline: true))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PostBelowLoneParagraph.evidence) })
    }

    @Test func aHeadlineRepeatedInTheSidebarStillHeadsThePost() {
        let doc = Self.clean(Self.page(headlineInSidebar: true))
        #expect(doc.paragraphs.contains(Self.post))
        #expect(!doc.paragraphs.contains(Self.blurb))
    }
}
