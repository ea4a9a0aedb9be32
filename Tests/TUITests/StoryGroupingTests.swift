import Foundation
import ReaderModel
import Testing
@testable import tui

/// Grouping the list by story: rows, cursor steps and scrolling as plain values, then `v` through the
/// reducer and the app on the small corpus of `Fixtures` (a ferry story of two articles and a copy).
@Suite struct StoryGroupingTests {
    static let articles = ["a", "b", "c", "d", "e"].map { StoryListing.Article(file: "/\($0).txt", title: "Title \($0)", derivedTitle: nil, published: nil) }

    /// Story 1: a (with its copy e) and c; story 2: b alone; story 3: d alone.
    static let stories = [
        Story(members: [.init(position: 0, copyOf: nil), .init(position: 4, copyOf: 0), .init(position: 2, copyOf: nil)],
              lead: 2, first: StoryDay.day(fromISO: "2025-03-02"), last: StoryDay.day(fromISO: "2025-03-03"), entities: ["Ada Brenn"]),
        Story(members: [.init(position: 1, copyOf: nil)], lead: 1, first: nil, last: nil, entities: []),
        Story(members: [.init(position: 3, copyOf: nil)], lead: 3, first: nil, last: nil, entities: []),
    ]

    let grouping = StoryGrouping(stories: StoryGroupingTests.stories, articles: StoryGroupingTests.articles)

    @Test func aStoryOfSeveralArticlesGetsAHeaderAndCopiesAreShownOnce() {
        #expect(grouping.rows == [
            .header(title: "Title c", dates: "2025-03-02 – 2025-03-03", articles: 2),
            .article(position: 0, copies: 2), .article(position: 2, copies: 1),
            .article(position: 1, copies: 1), .article(position: 3, copies: 1),
        ])
        #expect(grouping.order == [0, 2, 1, 3])
        #expect(grouping.storyCount == 3)
    }

    @Test func theCursorStepsInDisplayOrderAndACopyShowsAsItsArticle() {
        #expect(grouping.step(from: 0, by: 1) == 2)
        #expect(grouping.step(from: 2, by: 1) == 1)
        #expect(grouping.step(from: 3, by: 5) == 3)
        #expect(grouping.step(from: 1, by: -Int.max) == 0)
        #expect(grouping.step(from: 0, by: Int.max) == 3)
        #expect(grouping.shown(4) == 0)
        #expect(grouping.step(from: 4, by: 1) == 2)
    }

    @Test func storyMatesAreTheOtherArticlesOfAStoryCopiesIncluded() {
        #expect(grouping.storyMates(of: 0) == [4, 2])
        #expect(grouping.storyMates(of: 4) == [0, 2])
        #expect(grouping.storyMates(of: 1) == [])
        #expect(grouping.storyMates(of: 99) == [])
    }

    @Test func scrollingKeepsTheCursorAndItsHeaderInView() {
        // 4 lines: two rows.
        #expect(grouping.scroll(keeping: 0, from: 0, lines: 4) == 0)
        #expect(grouping.scroll(keeping: 2, from: 0, lines: 4) == 1)
        #expect(grouping.scroll(keeping: 3, from: 0, lines: 4) == 3)
        // Back up to the first article: its header comes back into view.
        #expect(grouping.scroll(keeping: 0, from: 3, lines: 4) == 0)
        #expect(grouping.row(atLine: 0, scroll: 0) == grouping.rows[0])
        #expect(grouping.row(atLine: 3, scroll: 0) == .article(position: 0, copies: 2))
        #expect(grouping.row(atLine: 99, scroll: 0) == nil)
    }

    @Test func vAsksTheAppToGroupAndVAgainShowsFiles() {
        let (asked, effects) = Fixtures.run([.toggleStories])
        #expect(effects == [.groupStories])
        #expect(asked.stories == nil)
        let shown = StoryGrouping(stories: [Self.stories[0]], articles: Self.articles)
        let (grouped, _) = Fixtures.run([.storiesGrouped(shown), .moveDown], from: asked)
        #expect(grouped.stories != nil)
        #expect(grouped.articleCursor == 2)
        #expect(grouped.message == nil)
        let (back, more) = Fixtures.run([.toggleStories], from: grouped)
        #expect(back.stories == nil && more.isEmpty)
        #expect(back.articleCursor == 2)
    }

    @Test func aClickOnAnArticleUnderAHeaderOpensIt() {
        let shown = StoryGrouping(stories: [Self.stories[0]], articles: Self.articles)
        // Row 1 is the pane header, rows 2-3 the story header, rows 4-5 article 0, rows 6-7 article 2.
        let (s, _) = Fixtures.run([.storiesGrouped(shown), .click(.articles, row: 6)])
        #expect(s.openArticle == 2)
        let (onHeader, _) = Fixtures.run([.storiesGrouped(shown), .click(.articles, row: 1)])
        #expect(onHeader.openArticle == 0)
    }

    @Test func theAppGroupsTheCorpusOnTheScreen() throws {
        var documents = Fixtures.documents
        var copy = documents[0]
        copy.source = "a-copy.txt"
        documents.append(copy)
        let driver = RecordingDriver(columns: 120, rows: 30)
        let app = ReaderApp(driver: driver, source: CorpusSource(documents: documents), keyMap: try KeyMap(), exportDirectory: NSTemporaryDirectory())
        app.paintFirstFrame()
        app.handle(.key(.char("v")))
        let grouping = try #require(app.state.stories)
        let screen = driver.screenLines.joined(separator: "\n")
        #expect(screen.contains("2 copies"))
        #expect(grouping.order.count == 4)
        #expect(app.state.message?.contains("stories") == true)
        app.handle(.key(.char("v")))
        #expect(app.state.stories == nil)
    }

    @Test func vIsBoundToGroupByStory() throws {
        #expect(try KeyMap().keys(for: .groupByStory) == [.char("v")])
    }
}
