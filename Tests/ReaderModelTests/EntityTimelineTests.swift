import Foundation
import Testing
@testable import ReaderModel

/// An entity's mentions across a library in date order, with the words around each (issue 13 item 3).
@Suite struct EntityTimelineTests {
    @Test func keywordInContextCutsAtWordsAndMarksTheCuts() {
        let text = "The quarry reopened on Monday after the heavy rains, and Mara Quillon said the road would be ready within a fortnight."
        let start = text.utf8.count - text.drop { $0 != "M" }.dropFirst(9).drop { $0 != "M" }.utf8.count
        let kwic = KeywordInContext(text: text, range: start..<(start + "Mara Quillon".utf8.count), width: 20)
        #expect(kwic.keyword == "Mara Quillon")
        #expect(kwic.before.hasPrefix("…") && kwic.before.hasSuffix("and "))
        #expect(kwic.after.hasPrefix(" said") && kwic.after.hasSuffix("…"))
        #expect(!kwic.before.dropFirst().hasPrefix(" "))
        let whole = KeywordInContext(text: "Short line.", range: 0..<5, width: 40)
        #expect(whole.line == "Short line.")
        let outside = KeywordInContext(text: "Short", range: 10..<20, width: 40)
        #expect(outside.keyword.isEmpty)
    }

    @Test func articlesAreOrderedByPublicationDateElseFileDate() {
        func article(_ path: String, published: String?, modified: Double) -> EntityTimeline.Article {
            let doc = Document(source: path, paragraphs: ["Mara Quillon spoke."])
            return EntityTimeline.Article(path: path, published: published, publisher: nil, modified: modified, document: doc,
                                          mentions: [(.paragraph(0), 0..<12)])
        }
        let entries = EntityTimeline.entries([
            article("/a/late.txt", published: "2024-03-02T10:00:00Z", modified: 0),
            article("/a/undated.txt", published: nil, modified: 1_700_000_000),  // 2023-11-14
            article("/a/early.txt", published: "2021-06-30", modified: 1_800_000_000),
        ])
        #expect(entries.map(\.path) == ["/a/early.txt", "/a/undated.txt", "/a/late.txt"])
        #expect(entries.map(\.date) == ["2021-06-30", "2023-11-14", "2024-03-02"])
        #expect(entries.map(\.isFileDate) == [false, true, false])
        #expect(entries[0].source == "early.txt")
    }

    @Test func renderersMarkFileDatesAndTheMention() throws {
        let entry = TimelineEntry(path: "/lib/a b.txt", date: "2024-05-01", isFileDate: true, source: "Tide_Gazette", field: .paragraph(2),
                                  range: 4..<16, context: KeywordInContext(before: "…as ", keyword: "Mara Quillon", after: " said*"))
        let text = TimelineRenderer.text([entry], name: "Mara Quillon")
        #expect(text.contains("2024-05-01?") && text.contains("[Mara Quillon]"))
        let markdown = TimelineRenderer.markdown([entry], name: "Mara Quillon")
        #expect(markdown.hasPrefix("## Mara Quillon: timeline"))
        #expect(markdown.contains("**Mara Quillon**") && markdown.contains("(file date)") && markdown.contains("said\\*"))
        #expect(markdown.contains("[Tide\\_Gazette](</lib/a b.txt>)"))
        let json = try TimelineRenderer.json([entry], name: "Mara Quillon")
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(rows?.first?["mention"] as? String == "Mara Quillon")
        #expect(rows?.first?["file_date"] as? Bool == true)
        #expect(rows?.first?["field"] as? String == "paragraph 2")
    }

    @Test func aLibraryTimelineFollowsTheEntityAcrossArticles() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Quarry reopens", body: ["Mara Quillon reopened the quarry at Dunmere on Monday.", "Quillon said work would resume."] + LibraryFixture.filler)
        try fixture.write("b.txt", title: "Road repairs", body: ["The council thanked Mara Quillon for the loan of two lorries."] + LibraryFixture.filler)
        let (index, entities, cleanUp) = try LibraryAcronymTests.index(fixture.root)
        defer { cleanUp() }
        _ = index
        let id = try #require(try entities.entity(named: "mara quillon"))
        let entries = try entities.timeline(of: id)
        #expect(entries.count == 3)
        #expect(entries.allSatisfy { $0.context.keyword.hasSuffix("Quillon") && $0.context.line.contains($0.context.keyword) })
        #expect(try entities.entity(named: "Quillon") == id)
        #expect(try entities.entity(named: "Nobody Atall") == nil)
    }

    /// Acceptance: on the seeds, every mention of Jens Stoltenberg, oldest first, each with its name in context.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: EntitySeedsTests.seedsPath)))
    func stoltenbergOnTheSeedsInDateOrder() throws {
        let (_, entities, cleanUp) = try LibraryAcronymTests.index(EntitySeedsTests.seedsPath)
        defer { cleanUp() }
        let id = try #require(try entities.entity(named: "Jens Stoltenberg"))
        let entries = try entities.timeline(of: id)
        // As many as the in-memory corpus finds.
        let (articles, _) = ArticleLoader().loadAll([EntitySeedsTests.seedsPath])
        let memory = EntityIndex(documents: Corpus.clean(articles))
        let expected = try #require(memory.entities.first { $0.name == "Jens Stoltenberg" })
        #expect(entries.count == expected.mentions.count)
        #expect(Set(entries.map(\.path)).count == expected.documentCount)
        #expect(entries.map(\.date) == entries.map(\.date).sorted())
        #expect(entries.allSatisfy { $0.context.keyword.contains("Stoltenberg") && $0.context.line.contains($0.context.keyword) })
    }
}
