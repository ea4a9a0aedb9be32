import Foundation
import Testing
@testable import ReaderModel

/// The seed pages opened through a library index group their entities like the in-memory corpus does
/// (skipped where `../shared/seeds` is absent).
@Suite struct LibraryEntitySeedsTests {
    static var haveSeeds: Bool { FileManager.default.fileExists(atPath: EntitySeedsTests.seedsPath) }

    @Test(.enabled(if: haveSeeds))
    func stoltenbergZelenskyAndNATOAreOneEntityEachAcrossTheLibrary() throws {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-seed-entities-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try LibraryIndex(library: EntitySeedsTests.seedsPath, indexPath: dir + "/index.sqlite")
        try SiteSampledAnalysis(root: EntitySeedsTests.seedsPath).indexer().run(index)
        let rows = try index.rows()
        let entities = try LibraryEntities(index: index)
        /// Per article, the ids of the entities with a mention whose text passes `matches`.
        func ids(_ type: EntityType, _ matches: (String) -> Bool) throws -> [Set<Int>] {
            try rows.map { row in
                Set(try entities.entities(inArticle: row.id).filter { e in
                    try entities.entity(e.id)?.type == type && e.mentions.contains { matches($0.text) }
                }.map(\.id))
            }
        }
        let stoltenberg = try ids(.person) { $0.hasSuffix("Stoltenberg") }
        #expect(Set(stoltenberg.flatMap { $0 }).count == 1)
        #expect(stoltenberg.allSatisfy { $0.count == 1 })
        let zelenskyKey = Transliteration.key("Zelensky")
        let zelensky = try ids(.person) { Transliteration.key($0.split(separator: " ").last ?? "") == zelenskyKey }
        #expect(Set(zelensky.flatMap { $0 }).count == 1)
        #expect(zelensky.allSatisfy { $0.count == 1 })
        let nato = try ids(.organization) { $0 == "NATO" || $0 == "North Atlantic Treaty Organization" }
        #expect(Set(nato.flatMap { $0 }).count == 1)
        let natoID = try #require(nato.flatMap { $0 }.first)
        #expect(try entities.entity(natoID)?.name == "NATO")
        #expect(try entities.articleCount(of: stoltenberg[0].first!) == rows.count)
        #expect(try entities.articleCount(of: zelensky[0].first!) == rows.count)
    }
}
