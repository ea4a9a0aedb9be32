import Foundation
import Testing
@testable import ReaderModel
@testable import tui

/// `lede stories`: the JSON shape (every key present, ISO dates or null, copies named by file) and the text form.
@Suite struct StoryListingTests {
    static let articles = [
        StoryListing.Article(file: "/lib/vote.txt", title: "Council votes for ferry", derivedTitle: nil, published: "2025-03-04T09:10"),
        StoryListing.Article(file: "/lib/saved (1).txt", title: nil, derivedTitle: "The harbour council in Portmere voted…", published: nil),
        StoryListing.Article(file: "/lib/doubts.txt", title: "Ferry plan draws doubts", derivedTitle: nil, published: "2025-03-06"),
        StoryListing.Article(file: "/lib/frost.txt", title: nil, derivedTitle: nil, published: nil),
    ]
    static let stories = [
        Story(members: [.init(position: 0, copyOf: nil), .init(position: 1, copyOf: 0), .init(position: 2, copyOf: nil)], lead: 0,
              first: StoryDay.day(fromISO: "2025-03-04"), last: StoryDay.day(fromISO: "2025-03-06"), entities: ["Ada Brenn", "Portmere"]),
        Story(members: [.init(position: 3, copyOf: nil)], lead: 3, first: nil, last: nil, entities: []),
    ]

    @Test func jsonHasEveryKeyAndCopiesNameTheirArticle() throws {
        let json = try StoryListing.json(Self.stories, articles: Self.articles)
        let rows = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["title"] as? String == "Council votes for ferry")
        #expect(rows[0]["first"] as? String == "2025-03-04" && rows[0]["last"] as? String == "2025-03-06")
        #expect(rows[0]["entities"] as? [String] == ["Ada Brenn", "Portmere"])
        let members = try #require(rows[0]["articles"] as? [[String: Any]])
        #expect(members.map { $0["file"] as? String } == ["/lib/vote.txt", "/lib/saved (1).txt", "/lib/doubts.txt"])
        #expect(members[0]["published"] as? String == "2025-03-04")
        #expect(members[1]["copy_of"] as? String == "/lib/vote.txt")
        #expect(members[1]["title"] is NSNull && members[1]["published"] is NSNull)
        #expect(members[0]["copy_of"] is NSNull)
        #expect(rows[1]["first"] is NSNull && rows[1]["last"] is NSNull)
        // A story without any title is named by its lead's file.
        #expect(rows[1]["title"] as? String == "frost.txt")
    }

    @Test func textListsStoriesWithDatesCountsAndCopies() {
        let text = StoryListing.text(Self.stories, articles: Self.articles)
        #expect(text.hasPrefix("2 stories in 4 article(s), 1 with more than one article"))
        #expect(text.contains("2025-03-04 – 2025-03-06 · 2 articles · 1 copy"))
        #expect(text.contains("= copy:"))
        #expect(text.contains("undated · 1 article"))
    }
}
