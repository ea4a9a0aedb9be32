import Foundation
import Testing
@testable import ReaderModel

/// Invented blog posts whose footer line ("Posted in ...", "Tags: ...") is followed by one short
/// paragraph of the theme's own text before the reply form: that paragraph is not the article's.
@Suite struct PostFooterParagraphTests: TextPageCleaning {
    static let post = [
        "The beekeepers' club met in the orchard on Saturday to move the three strongest colonies into new hives before the autumn rains, a job that took most of the morning and two pots of tea.",
        "The smallest colony stays in its old box for the winter, since the members agreed it would not survive the disturbance, and it will be fed with syrup until the first frosts arrive.",
        "Next month the club will render the wax from the old frames and sell the candles at the village market, with the money going towards a second observation hive for the school.",
    ]

    static let notice = "Replies to this entry appear in the site's feed, and you may answer it from your own blog."

    static func head() -> [String] {
        ["Orchard Bees", "Home", "Club", "", "Moving the colonies before winter", "", "September 12, 2024", ""] + post.flatMap { [$0, ""] }
    }

    @Test func theThemesNoticeUnderThePostedInLineIsDropped() {
        let page = Self.head() + ["Posted in Club news, Hives | 2 Comments »", "", Self.notice, "", "Leave a Reply", "Name *", "Email *", "Website"]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.notice)
        #expect(explained.contains(PostFooterParagraph.evidence))
    }

    @Test func aParagraphUnderAnUpdateLabelStays() {
        let update = "The observation hive arrived on Monday and is already on its stand by the classroom window."
        let page = Self.head() + ["Posted in Club news", "Update:", "", update, "", "Leave a Reply", "Name *", "Email *"]
        let doc = clean(page)
        #expect(doc.paragraphs.contains(update))
    }
}
