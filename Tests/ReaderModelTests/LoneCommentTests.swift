import Foundation
import Testing
@testable import ReaderModel

/// Invented posts that drew exactly one reader comment: a "Name says:" header over its date line,
/// under a comments header or closed by a reply line, is no paragraph of the post.
@Suite struct LoneCommentTests: TextPageCleaning {
    static let post = [
        "The river path behind the old mill flooded again this week, and the council has closed the stretch between the footbridge and the weir until the water goes down and the surface can be checked.",
        "Walkers are asked to use the lane above the orchard instead, which adds about ten minutes but stays dry even after heavy rain, and the signs at both ends of the path now show the way round.",
        "A volunteer group plans to raise the lowest part of the path with gravel next summer, if the landowner agrees and the grant they applied for in the spring comes through in time.",
    ]

    static let reply = "Good to know, thanks. I walked down there on Sunday with the dog and had to turn back at the footbridge, so the lane above the orchard it is until the gravel goes in next year."

    static func head() -> [String] {
        ["Village Paths", "Home", "Walks", "", "River path closed after the flood", "", "May 3, 2024", ""] + post.flatMap { [$0, ""] }
    }

    @Test func oneCommentUnderItsHeaderIsRemoved() {
        let page = Self.head() + ["One Comment", "", "Tomasz says:", "May 4, 2024 at 9:12 am", "", Self.reply, "",
                                  "Leave a Reply", "Name *", "Email *"]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.reply)
        #expect(explained.contains(LoneComment.evidence))
    }

    @Test func oneCommentClosedByItsReplyLineIsRemoved() {
        let page = Self.head() + ["Post navigation", "", "Tomasz says:", "May 4, 2024 at 9:12 am", "", Self.reply, "", "Reply", "",
                                  "Categories", "Walks", "Weather"]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.post)
    }

    @Test func aQuotedSpeakerInsideTheArticleStays() {
        // "said:" over a dated line in the article, with no comments header and no reply line.
        let lead = "The chair of the parish council said:"
        let quote = "We will reopen the path as soon as the engineers have walked it and told us that the bank is safe, and not a day before, whatever the weather does next."
        let page = Self.head() + [lead, "May 4, 2024", "", quote, "", Self.post[0] + " More updates will follow.", "", "Tags: paths"]
        let doc = clean(page)
        #expect(doc.paragraphs.contains(quote))
    }
}
