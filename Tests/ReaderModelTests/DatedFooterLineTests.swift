import Foundation
import Testing
@testable import ReaderModel

/// Invented blog posts closed by the theme's full stamp ("posted on <date, year> at <time>, filed
/// under ..."): that line is the post's metadata, not its last paragraph.
@Suite struct DatedFooterLineTests: TextPageCleaning {
    static let post = [
        "The allotment society finally has its own well again, after a summer of carrying water in cans from the tap by the gate and arguing about whose turn it was to fill the trough.",
        "A retired engineer from the end plot found the old shaft under a rotten board, and with a borrowed pump and a lot of patience the members cleaned it out over four weekends.",
        "The water tested clean last week, and the committee has agreed to fit a hand pump so that nobody needs the electric one, which will go back to its owner with a jar of honey.",
    ]

    static let stamp = "This note was put up on Tuesday, June 4th, 2024 at 6:15 pm and sorted under Plots, Water, Committee, Repairs."

    static func head() -> [String] {
        ["Lane End Allotments", "Home", "Plots", "", "The well is working again", "", "June 4, 2024", ""] + post.flatMap { [$0, ""] }
    }

    @Test func theThemesFullStampClosingThePostIsDropped() {
        let doc = clean(Self.head() + [Self.stamp, "", "Leave a Reply", "Name *", "Email *"])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.stamp)
        #expect(explained.contains(DatedFooterLine.evidence))
    }

    @Test func stampsNeedAYearAndATimeInsideTheLine() {
        #expect(DatedFooterLine.isStamped("Put up on Tuesday, June 4th, 2024 at 6:15 pm and sorted under Plots."))
        // An event time without a year, and an update that opens with its time, stay.
        #expect(!DatedFooterLine.isStamped("The pump will be fitted on Saturday at 10:30, and members are welcome to help."))
        #expect(!DatedFooterLine.isStamped("6:15 PM 2024 -- The committee met again this evening."))
        #expect(!DatedFooterLine.isStamped("The well was first dug in 1921 and last cleaned in 1987."))
    }

    static let shortPost = ["The well works again: the members dug it out over four weekends and the water tested clean."]

    static func shortHead() -> [String] {
        ["Lane End Allotments", "Home", "Plots", "", "The well is working again", "", "June 4, 2024", ""] + shortPost.flatMap { [$0, ""] }
    }

    @Test func onAShortPostTheStampGoesOnlyRightAboveTheCommentSection() {
        // The stamp outweighs the post, but the comment section's label under it closes the post.
        let closed = clean(Self.shortHead() + [Self.stamp, "", "Leave a Reply", "Name *", "Email *"])
        #expect(closed.paragraphs == Self.shortPost)
        // Without that label the prose guard keeps it: too little article to judge the last paragraph by.
        let open = clean(Self.shortHead() + [Self.stamp, "", "Lane End Allotments Society"])
        #expect(open.paragraphs.contains(Self.stamp))
    }
}
