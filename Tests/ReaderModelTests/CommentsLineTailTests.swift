import Foundation
import Testing
@testable import ReaderModel

/// Invented posts where a comment-section line ("Comments are closed.") stands inside the run
/// scored as the body, with only a short site blurb after it: the article ends at that line.
@Suite struct CommentsLineTailTests: TextPageCleaning {
    static let post = [
        "The ferry to the outer island will run a winter timetable from the first of November, with two crossings a day instead of five and no late boat on Fridays until the spring.",
        "The operator says the change follows three years of falling winter bookings, and that the money saved will pay for a new ramp at the island pier, which has been closed twice this year for repairs.",
        "Islanders have asked for the Friday boat to be kept for pupils who board on the mainland during the week, and the council has promised to put the question to the operator before the timetable is printed.",
    ]

    static let blurb = "Harbour Notes is written by a small group of volunteers who live around the bay and share the news that matters to them."

    static func head() -> [String] {
        ["Harbour Notes", "Home", "Ferries", "", "Winter timetable for the island ferry", "", "October 2, 2024", ""] + post.flatMap { [$0, ""] }
    }

    @Test func aShortBlurbAfterTheClosedCommentsLineIsDropped() {
        let page = Self.head() + ["Comments are closed.", "", Self.blurb, "", "Archives", "Contact"]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.blurb)
        #expect(explained.contains(CommentsLineTail.evidence))
    }

    @Test func aCommentsLineBeforeMuchProseDoesNotCutTheArticle() {
        // As much prose after the line as before it: not a tail.
        let page = Self.head() + ["Comments are closed.", ""] + Self.post.reversed().flatMap { [$0 + " More on this soon.", ""] }
        let doc = clean(page)
        #expect(doc.paragraphs.count > Self.post.count)
    }
}
