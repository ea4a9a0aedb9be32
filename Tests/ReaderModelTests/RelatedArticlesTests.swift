import Foundation
import Testing
@testable import ReaderModel

/// Related articles: shared entities weighted by salience and rarity (issue 13 item 4).
@Suite struct RelatedArticlesTests {
    @Test func rareSalientNamesOutweighCommonOnes() {
        // Article 0 is about "Quarry" (title) and mentions "Council", which every article names.
        let ranked = RelatedArticles.rank(open: 0, entities: [
            .init(name: "Quarry", weight: 6, postings: [(0, 3), (2, 2)]),
            .init(name: "Council", weight: 1, postings: [(0, 1), (1, 5), (2, 1), (3, 1)]),
        ], articleCount: 4)
        #expect(ranked.map(\.id) == [2, 1, 3])
        #expect(ranked[0].shared == ["Quarry", "Council"])
    }

    @Test func excludedArticlesAndTheOpenOneAreLeftOut() {
        let entities: [RelatedArticles.Shared<Int>] = [.init(name: "Quarry", weight: 2, postings: [(0, 1), (1, 1), (2, 1), (3, 1)])]
        #expect(RelatedArticles.rank(open: 0, entities: entities, articleCount: 4, excluding: [1]).map(\.id) == [2, 3])
        #expect(RelatedArticles.rank(open: 0, entities: entities, articleCount: 4, limit: 1).map(\.id) == [1])
        #expect(RelatedArticles.rank(open: 0, entities: [], articleCount: 4).isEmpty)
    }

    static let pages: [(String, String, [String])] = [
        ("a.txt", "Quarry at Dunmere reopens", ["Mara Quillon reopened the Dunmere quarry on Monday.", "Quillon said forty people would work there."]),
        ("b.txt", "Dunmere quarry hires", ["The quarry at Dunmere hired twelve drivers, Mara Quillon said on Friday."]),
        ("c.txt", "Choir tour", ["The Fenwick choir sang in Aldmouth and Brackley over the weekend."]),
        ("d.txt", "Dunmere fete", ["The Dunmere fete raised money for the church roof."]),
    ]

    @Test func inMemoryAndLibraryAgree() throws {
        let documents = Self.pages.map { Document(source: $0.0, title: $0.1, paragraphs: $0.2) }
        let memory = EntityIndex(documents: documents).related(to: 0)
        #expect(memory.map(\.id) == [1, 3])

        let fixture = try LibraryFixture()
        for page in Self.pages { try fixture.write(page.0, title: page.1, body: page.2 + LibraryFixture.filler) }
        let (index, entities, cleanUp) = try LibraryAcronymTests.index(fixture.root)
        defer { cleanUp() }
        let rows = try index.rows()
        let id = { (name: String) in rows.first { $0.path.hasSuffix(name) }!.id }
        let library = try entities.related(to: id("a.txt"))
        #expect(library.map(\.id) == [id("b.txt"), id("d.txt")])
        #expect(library[0].shared.contains("Mara Quillon"))
        #expect(try entities.related(to: id("a.txt"), excluding: [id("b.txt")]).map(\.id) == [id("d.txt")])
    }
}
