import Foundation
import Testing
@testable import ReaderModel

/// Invented text copies of photo posts with no text under their header (share bar, comments, a
/// sidebar and a footer line further down), and of short posts whose text must stay.
@Suite struct TextlessPostHeaderTests {
    static let headline = "Red coat on the quay"
    static let date = "Posted March 3rd, 2019"
    static let footer = "All pictures on this site may be copied for your own use as long as you name the photographer and link back to this page of ours."
    static let blurb = "Hello and welcome to our little street style diary: we walk the harbour every weekend with two cameras and post the coats, hats and boots that catch our eye, and we answer every letter that reaches us, so do write."

    static let menu = ["Quay Style", "Home", "About us", "Facebook", "Twitter", ""]
    static let sidebar = ["Browse by garment", ""] + (1...30).map { "Garment \($0)" } + [""]

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
    }

    static func page(_ post: [String], tail: [String] = [footer]) -> String {
        (menu + post + ["Share this", "Tweet", "", "COMMENTS", ""] + sidebar + tail + ["", "Back to top"]).joined(separator: "\n")
    }

    static func evidence(_ doc: Document, _ text: String) -> String {
        doc.evidence(of: text)
    }

    @Test func aPhotoPostIsItsHeaderNotTheFooterLine() {
        let doc = Self.clean(Self.page([Self.headline, "", Self.date, ""]))
        #expect(doc.paragraphs == [Self.headline, Self.date])
        #expect(doc.title == Self.headline)
        #expect(Self.evidence(doc, Self.headline).contains("the post has no text"))
        #expect(Self.evidence(doc, Self.date).contains("thin"))
        #expect(!doc.paragraphs.contains(Self.footer))
    }

    @Test func aCreditUnderTheDateIsPartOfTheHeader() {
        let credit = "Pictures by Ola at the harbour"
        let doc = Self.clean(Self.page([Self.headline, "", Self.date, "", credit, ""]))
        #expect(doc.paragraphs == [Self.headline, Self.date, credit])
    }

    @Test func aDateAboveItsHeadlineHeadsThePostToo() {
        let doc = Self.clean(Self.page(["12 MAR 2019", "Harbour..."]))
        #expect(doc.paragraphs == ["12 MAR 2019", "Harbour..."])
    }

    @Test func aBlurbPastThePostsCommentsIsNoPostEither() {
        // Heavier than a thin run, but it lies past the post's dated comments.
        let comments = ["2 comments:", "Mira said...", "", "love the coat!", "", "10:02 AM", "Jon said...", "",
                        "where is it from?", "", "11:40 AM", "", "Post a Comment", ""]
        let text = (Self.menu + [Self.headline, "", Self.date, "", "Share this", "Tweet", ""] + comments
                    + ["About the diary", Self.blurb, "", "Back to top"]).joined(separator: "\n")
        let doc = Self.clean(text)
        #expect(doc.paragraphs == [Self.headline, Self.date])
        #expect(Self.evidence(doc, Self.date).contains("past the post's comments"))
    }

    @Test func aShortPostKeepsItsText() {
        let text = "We met this coat on the quay early on Sunday; the owner had sewn it herself from an old blanket."
        let doc = Self.clean(Self.page([Self.headline, "", Self.date, "", text, ""]))
        #expect(doc.paragraphs == [text])
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("the post has no text") })
    }

    @Test func aShortPostRightUnderARelatedBoxKeepsItsText() {
        // Previous/next links between the header and a short text: it is near, not a stray run far below.
        let text = "We met this coat on the quay on Sunday morning."
        let page = Self.menu + [Self.headline, "", Self.date, "", "Previous post: Blue hat in the rain", "",
                                "Next post: Boots for the ferry", "", text, "", "Back to top"]
        let doc = Self.clean(page.joined(separator: "\n"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("the post has no text") })
        #expect(doc.paragraphs.contains(text))
    }

    @Test func aThinPostUnderItsOwnHeaderFarBelowIsThePost() {
        // A dated teaser box runs into its comments count at the top; the page's own short post has
        // its own headline and date far below: that run is a post, not a stray line.
        let text = "We met this coat on the quay on Sunday morning."
        let page = Self.menu + ["Blue hat in the rain", "", "Posted March 1st, 2019", "", "2 Comments", ""] + Self.sidebar
            + [Self.headline, "", Self.date, "", text, "", "Back to top"]
        let doc = Self.clean(page.joined(separator: "\n"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("the post has no text") })
    }

    @Test func anUndatedHeaderHeadsNoTextlessPost() {
        // A name under a line proves no header by itself (a list's line read as a byline): a post is dated.
        let doc = Self.clean(Self.page([Self.headline, "", "By Ola Nordmann", ""]))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("the post has no text") })
    }
}
