import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// Story signatures ride with the index: written when an article is cleaned, replaced when it
/// changes, gone with it; grouping reads them without cleaning anything again.
@Suite struct StoryLibraryTests {
    typealias F = StoryFixtures

    func write(_ fixture: LibraryFixture, _ name: String, _ document: Document) throws {
        // A dated page: the text cleaner reads "Month D, YYYY" under the title as its date.
        let dateLine = document.published.map { iso -> String in
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            return "By Staff Writer | \(months[parts[1] - 1]) \(parts[2]), \(parts[0])"
        }
        try fixture.write(name, title: document.title ?? "", body: (dateLine.map { [$0] } ?? []) + document.paragraphs)
    }

    @Test func theIndexStoresSignaturesAndGroupsFromThem() throws {
        let fixture = try LibraryFixture()
        try write(fixture, "a.txt", F.ferryVote)
        try write(fixture, "b.txt", F.ferryReaction)
        try write(fixture, "c.txt", F.orchard)
        try write(fixture, "d.txt", F.lighthouse)
        let index = try fixture.open()
        try Indexer().run(index)
        #expect(try index.storySignatures().count == 4)
        let rows = try index.rows()
        let stories = try index.stories(of: rows)
        let names = stories.map { $0.members.map { (rows[$0.position].path as NSString).lastPathComponent }.sorted() }
        #expect(names.contains(["a.txt", "b.txt"]))
        #expect(names.count == 3)

        // A removed file takes its signature with it; a changed one gets a new one.
        try FileManager.default.removeItem(atPath: fixture.root + "/c.txt")
        try write(fixture, "d.txt", F.lighthouseFollowUp)
        try Indexer().run(index)
        let after = try index.storySignatures()
        #expect(after.count == 3)
        let d = try #require(try index.rows().first { $0.path.hasSuffix("/d.txt") })
        #expect(after[d.id]?.entities.contains { $0.key == "organization:harbour trust" } == true)
    }

    @Test func anIndexFromBeforeStoriesIsCleanedAgainOnce() throws {
        let fixture = try LibraryFixture()
        try write(fixture, "a.txt", F.ferryVote)
        do {
            let index = try fixture.open()
            try Indexer().run(index)
            // Back to the schema before stories: no signature table, the migration not yet run.
            try index.pool.write { db in
                try db.execute(sql: "DROP TABLE story_signature")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'stories-v1%'")
            }
        }
        let index = try fixture.open()
        #expect(try index.storySignatures().isEmpty)
        let first = try Indexer().run(index)
        #expect(first.updated == 1)
        #expect(try index.storySignatures().count == 1)
        let second = try Indexer().run(index)
        #expect(second.unchanged == 1)
    }

    @Test(.enabled(if: StoryLibraryTests.haveSeeds))
    func theSeedsAreTwoVisitsAndCopiesAreCopies() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            dir.write(name, Array(try Data(contentsOf: URL(fileURLWithPath: Self.seeds + "/" + name))))
        }
        // Copies of two seeds under other names: a re-save and one in a sub-folder.
        dir.write("resaved (1).txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.seeds + "/" + names[2]))))
        dir.write("later/copy.txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.seeds + "/" + names[0]))))
        let index = try LibraryIndex(library: dir.path, indexPath: dir.path + "/.state/index.sqlite")
        try SiteSampledAnalysis(root: dir.path).indexer().run(index)
        let rows = try index.rows()
        let stories = try index.stories(of: rows)
        #expect(stories.count == 2)
        let byYear = Dictionary(grouping: stories) { $0.first.map(StoryDay.iso).map { String($0.prefix(4)) } ?? "" }
        let visit2023 = try #require(byYear["2023"]?.first)
        let visit2024 = try #require(byYear["2024"]?.first)
        #expect(visit2023.articleCount == 3)
        #expect(visit2024.articleCount == 2)
        #expect(visit2023.members.count == 4 && visit2024.members.count == 3)
        let copies = stories.flatMap(\.members).filter { $0.copyOf != nil }.map { (rows[$0.position].path as NSString).lastPathComponent }
        #expect(Set(copies).count == 2)
    }

    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    static var haveSeeds: Bool { FileManager.default.fileExists(atPath: seeds) }
}
