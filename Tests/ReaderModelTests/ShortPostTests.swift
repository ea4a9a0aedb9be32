import Foundation
import Testing
@testable import ReaderModel

/// Invented blog pages whose post is a few lines long: the archive calendar in the sidebar is no
/// article table, and the lines under the post's headline and byline win over stray chrome.
@Suite struct ShortPostTests {
    static let post = [
        "Tonight the choir sings on the harbour steps at eight, weather permitting, and everyone is welcome to join in",
        "Bring a lantern and a warm coat",
    ]

    static let calendar = [
        "July 2025", "M\tT\tW\tT\tF\tS\tS", "\t\t1\t2\t3\t4\t5", "6\t7\t8\t9\t10\t11\t12", "13\t14\t15\t16\t17\t18\t19",
        "20\t21\t22\t23\t24\t25\t26", "27\t28\t29\t30\t31", "« Jun\tAug »",
    ]

    static let page: [String] = {
        var page = ["Home", "Archives", "Subscribe", "", "Harbour Notes", "", "Choir on the steps", "",
                    "by Ana Writer on July 12, 2025", ""]
        page += post + ["", "Previous post: Boats in the fog", "", "Next post: The new ferry", "",
                        "{ 3 comments… read them below or add one }", ""]
        page += ["Sam July 12, 2025 at 9:02 pm", "", "Lovely evening, thank you!", "", "Reply", "",
                 "Jo July 13, 2025 at 8:15 am", "", "We heard it from the boat.", "", "Reply", "",
                 "Kit July 13, 2025 at 10:40 am", "", "See you next month.", "", "Reply", ""]
        page += calendar + ["", "Categories", "Music (12)", "Harbour (30)", "", "Built with a theme from a shop that sells themes.", ""]
        return page
    }()

    @Test func theArchiveCalendarIsNoTable() {
        let lines = LineSplitter.lines(of: Self.calendar.joined(separator: "\n"))
        #expect(CalendarGrid.isCalendar(lines, 0..<lines.count))
        let results = LineSplitter.lines(of: ["Team\tPlayed\tWon", "North\t12\t9", "South\t12\t7", "East\t12\t4"].joined(separator: "\n"))
        #expect(!CalendarGrid.isCalendar(results, 0..<results.count))
    }

    @Test func theLinesUnderTheBylineAreTheArticle() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page.joined(separator: "\n")))
        #expect(doc.paragraphs.first == Self.post[0])
        #expect(!doc.paragraphs.contains { $0.contains("theme") || $0.contains("\t") })
        let explained = doc.evidence(of: Self.post[0])
        #expect(explained.contains(ShortArticleUnderHeader.evidence))
    }
}
