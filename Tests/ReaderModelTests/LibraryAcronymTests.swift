import Foundation
import Testing
@testable import ReaderModel

/// An acronym and the name it abbreviates are one entity across a library index, as in memory.
@Suite struct LibraryAcronymTests {
    /// Indexes a folder with the recogniser the reader uses.
    static func index(_ root: String) throws -> (LibraryIndex, LibraryEntities, () -> Void) {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-acronym-\(UUID().uuidString)")
        let index = try LibraryIndex(library: root, indexPath: dir + "/index.sqlite")
        try SiteSampledAnalysis(root: root).indexer().run(index)
        return (index, try LibraryEntities(index: index), { try? FileManager.default.removeItem(atPath: dir) })
    }

    @Test func anAcronymDefinedInOneArticleIsTheNameInEveryArticle() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Lake trust buys the old mill", body: [
            "The Northern Lakes Heritage Trust (NLHT) bought the disused mill at Fenwick on Thursday for an undisclosed sum.",
            "NLHT trustees said the wheel would turn again by the autumn.",
        ] + LibraryFixture.filler)
        try fixture.write("b.txt", title: "Mill repairs begin", body: [
            "Volunteers from NLHT began clearing the millrace on Saturday, watched by a small crowd.",
        ] + LibraryFixture.filler)
        let (index, entities, cleanUp) = try Self.index(fixture.root)
        defer { cleanUp() }
        let rows = try index.rows()
        var ids: Set<Int> = []
        for row in rows {
            for e in try entities.entities(inArticle: row.id) where e.mentions.contains(where: { $0.text.contains("NLHT") || $0.text.contains("Heritage Trust") }) {
                ids.insert(e.id)
            }
        }
        #expect(ids.count == 1)
        let id = try #require(ids.first)
        let entity = try #require(try entities.entity(id))
        #expect(Set([entity.name] + entity.aliases) == ["NLHT", "Northern Lakes Heritage Trust"])
        #expect(try entities.articleCount(of: id) == 2)
    }

    @Test func anAcronymNeverNamedBesideItsNameStaysApart() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Lake trust buys the old mill", body: [
            "The Northern Lakes Heritage Trust bought the disused mill at Fenwick on Thursday.",
        ] + LibraryFixture.filler)
        try fixture.write("b.txt", title: "Mill repairs begin", body: [
            "Volunteers from NLHT began clearing the millrace on Saturday, watched by a small crowd.",
        ] + LibraryFixture.filler)
        let (index, entities, cleanUp) = try Self.index(fixture.root)
        defer { cleanUp() }
        var ids: Set<Int> = []
        for row in try index.rows() {
            for e in try entities.entities(inArticle: row.id) where e.mentions.contains(where: { $0.text.contains("NLHT") || $0.text.contains("Heritage Trust") }) {
                ids.insert(e.id)
            }
        }
        #expect(ids.count == 2)
    }

    @Test func demoShowsTheAgencyAndItsAcronymAsOneSidebarRow() throws {
        let (index, entities, cleanUp) = try Self.index(DemoCorpusTests.demo)
        defer { cleanUp() }
        let pledge = try #require(try index.rows().first { $0.path.hasSuffix("01-harbour-ledger-epra-pledge.txt") })
        let agency = try entities.entities(inArticle: pledge.id).filter { e in
            e.mentions.contains { $0.text == "EPRA" || $0.text.hasSuffix("Port Recovery Agency") }
        }
        #expect(agency.count == 1)
    }
}

/// The byte-level initials the library groups use agree with `AliasResolver.initialsVariants`.
@Suite struct AcronymInitialsTests {
    @Test func agreeWithTheResolver() {
        for name in ["European Port Recovery Agency", "Bank of England", "Council for Trade Co-operation", "Kyiv",
                     "the Harbour Board", "Organisation for Security and Co-operation in Europe", "Ab Cd Ef Gh Ij Kl Mn Op"] {
            let key = name.lowercased()
            let expected = Set(AliasResolver.initialsVariants(name).map { $0.lowercased() }.filter { $0.count <= 7 })
            #expect(Set(AcronymInitials.variants(ofKey: key.utf8[...])) == expected, "\(name)")
        }
        #expect(AcronymInitials.variants(ofKey: "port of x".utf8[...]).contains("pox"))
    }
}
