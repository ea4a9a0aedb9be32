import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// Cross-article entities answered by query from a small index: variants, bare surnames, acronyms.
@Suite struct LibraryEntitiesTests {
    /// Names marked wherever they occur (the recogniser is tested elsewhere; here the grouping is).
    static let names: [(String, EntityType)] = [
        ("Jens Stoltenberg", .person), ("Anna Stoltenberg", .person), ("Stoltenberg", .person),
        ("Volodymyr Zelenskyy", .person), ("Volodymyr Zelensky", .person), ("Zelenskyy", .person), ("Zelenskiy", .person),
        ("North Atlantic Treaty Organization", .organization), ("NATO", .organization), ("Kyiv", .place), ("Kiev", .place),
        ("São Paulo", .place), ("Łódź", .place),
    ]

    static let pages: [(file: String, title: String, body: [String])] = [
        ("a.txt", "Alliance chief visits the northern base",
         ["Jens Stoltenberg toured the hangars on Monday with two ministers.", "Stoltenberg said NATO would keep the runway open all winter."]),
        ("b.txt", "A quiet week at headquarters",
         ["Stoltenberg spent the week in meetings about the North Atlantic Treaty Organization budget in São Paulo."]),
        ("c.txt", "President speaks to parliament",
         ["Volodymyr Zelenskyy addressed the chamber in Kyiv.", "Zelenskyy thanked the engineers who restored the power lines."]),
        ("d.txt", "A late-night address",
         ["Volodymyr Zelensky spoke from Kiev shortly before midnight about the harvest."]),
        ("e.txt", "Sculptor opens a studio in Łódź",
         ["Anna Stoltenberg showed her bronze work to the first visitors.", "Stoltenberg said the studio would stay open on Sundays."]),
        ("f.txt", "Grain convoy reaches the port",
         ["Zelenskiy praised the drivers, who had crossed the country in four days."]),
    ]

    /// An index of the pages above, with spans for every listed name (longest first, no overlaps).
    static func library() throws -> LibraryIndex {
        let fixture = try LibraryFixture()
        for page in pages { try fixture.write(page.file, title: page.title, body: page.body + LibraryFixture.filler) }
        let indexer = Indexer(analyze: { article in
            let document = Cleaner().clean(article)
            var spans: [EntitySpan] = []
            for field in document.fields {
                let text = document.text(of: field)
                var taken: [Range<Int>] = []
                for (name, type) in names.sorted(by: { $0.0.utf8.count > $1.0.utf8.count }) {
                    var from = text.startIndex
                    while let found = text.range(of: name, range: from..<text.endIndex) {
                        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                        let range = start..<(start + name.utf8.count)
                        if !taken.contains(where: { $0.overlaps(range) }) {
                            taken.append(range)
                            spans.append(EntitySpan(field: field, range: range, text: name, type: type))
                        }
                        from = found.upperBound
                    }
                }
            }
            return (document, spans)
        })
        let index = try fixture.open()
        try indexer.run(index)
        return index
    }

    private func ids(_ index: LibraryIndex) throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try index.rows().map { (($0.path as NSString).lastPathComponent, $0.id) })
    }

    private func entity(named name: String, in file: String, _ entities: LibraryEntities, _ ids: [String: Int64]) throws -> Int {
        let found = try entities.entities(inArticle: try #require(ids[file]))
        return try #require(try found.first { try entities.entity($0.id)?.name == name }?.id)
    }

    private func files(_ articles: [(articleID: Int64, count: Int)], _ ids: [String: Int64]) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: ids.map { ($1, $0) })
        return articles.map { names[$0.articleID] ?? "?" }
    }

    @Test func transliterationVariantsAreOnePersonAcrossArticles() throws {
        let index = try Self.library()
        let ids = try ids(index)
        let entities = try LibraryEntities(index: index)
        let zelensky = try entity(named: "Volodymyr Zelenskyy", in: "c.txt", entities, ids)
        #expect(try entity(named: "Volodymyr Zelenskyy", in: "d.txt", entities, ids) == zelensky)
        #expect(Set(try #require(try entities.entity(zelensky)).aliases).contains("Volodymyr Zelensky"))
        // The bare "Zelenskiy" of f.txt has no full name there: the library's person with that surname.
        #expect(files(try entities.articles(of: zelensky), ids) == ["c.txt", "d.txt", "f.txt"])
        #expect(try entities.articleCount(of: zelensky) == 3)
        #expect(try entities.mentions(of: zelensky, inArticle: ids["c.txt"]!).map(\.text) == ["Volodymyr Zelenskyy", "Zelenskyy"])
        #expect(try entities.mentions(of: zelensky, inArticle: ids["f.txt"]!).map(\.text) == ["Zelenskiy"])
    }

    @Test func bareSurnamesFollowTheFullNameOfTheirArticleElseTheLibrarysPerson() throws {
        let index = try Self.library()
        let ids = try ids(index)
        let entities = try LibraryEntities(index: index)
        let jens = try entity(named: "Jens Stoltenberg", in: "a.txt", entities, ids)
        let anna = try entity(named: "Anna Stoltenberg", in: "e.txt", entities, ids)
        #expect(jens != anna)
        // a.txt: Jens and his bare surname; b.txt: only the surname (Jens has the most mentions); e.txt: Anna's.
        #expect(files(try entities.articles(of: jens), ids) == ["a.txt", "b.txt"])
        #expect(files(try entities.articles(of: anna), ids) == ["e.txt"])
        #expect(try entities.articleCount(of: jens) == 2)
        #expect(try entities.mentions(of: jens, inArticle: ids["a.txt"]!).map(\.text) == ["Jens Stoltenberg", "Stoltenberg"])
        #expect(try entities.mentions(of: jens, inArticle: ids["b.txt"]!).map(\.text) == ["Stoltenberg"])
        #expect(try entities.mentions(of: anna, inArticle: ids["e.txt"]!).map(\.text) == ["Anna Stoltenberg", "Stoltenberg"])
        #expect(try entities.mentions(of: jens, inArticle: ids["e.txt"]!).isEmpty)
    }

    @Test func acronymsAndExonymsMeetTheirExpansions() throws {
        let index = try Self.library()
        let ids = try ids(index)
        let entities = try LibraryEntities(index: index)
        let nato = try entity(named: "North Atlantic Treaty Organization", in: "b.txt", entities, ids)
        #expect(try entities.entities(inArticle: ids["a.txt"]!).contains { $0.id == nato })
        #expect(try entities.entity(nato)?.type == .organization)
        #expect(files(try entities.articles(of: nato), ids) == ["a.txt", "b.txt"])
        let kyiv = try #require(try entities.entities(inArticle: ids["c.txt"]!).first { $0.mentions.first?.text == "Kyiv" }?.id)
        #expect(files(try entities.articles(of: kyiv), ids) == ["c.txt", "d.txt"])
        // Accented names keep their bytes: the spans point at the text as written.
        let saoPaulo = try #require(try entities.entities(inArticle: ids["b.txt"]!).first { $0.mentions.first?.text == "São Paulo" })
        let document = try #require(try index.document(id: ids["b.txt"]!))
        let span = saoPaulo.mentions[0]
        #expect(String(decoding: Array(document.text(of: span.field).utf8)[span.range], as: UTF8.self) == "São Paulo")
    }

    @Test func queriesAnswerPerArticleAndPerEntityFromTheLinkTable() throws {
        let index = try Self.library()
        let ids = try ids(index)
        let counts = try index.entityCounts(inArticle: ids["a.txt"]!)
        #expect(Set(counts.map(\.name)) == ["Jens Stoltenberg", "Stoltenberg", "NATO"])
        let stoltenberg = try #require(counts.first { $0.key == "stoltenberg" })
        #expect(stoltenberg.type == .person && stoltenberg.count == 1)
        #expect(try index.mentions(ofEntity: stoltenberg.entityID, inArticle: ids["a.txt"]!).map(\.text) == ["Stoltenberg"])
        // The bare surname by itself: three articles, in list order, with counts.
        #expect(files(try index.articles(mentioningAny: [stoltenberg.entityID]), ids) == ["a.txt", "b.txt", "e.txt"])
        #expect(try index.articleCount(mentioningAny: [stoltenberg.entityID]) == 3)
        #expect(Set(try index.articleIDs(mentioningAny: [stoltenberg.entityID])) == [ids["a.txt"]!, ids["b.txt"]!, ids["e.txt"]!])
        // Jens's articles: his full name, or the bare surname where no other Stoltenberg is named (not e.txt).
        let jens = try #require(counts.first { $0.key == "jens stoltenberg" })
        let anna = try #require(try index.entityCounts(inArticle: ids["e.txt"]!).first { $0.key == "anna stoltenberg" })
        #expect(files(try index.articles(mentioningAny: [jens.entityID], bare: [stoltenberg.entityID], unlessWith: [anna.entityID]), ids)
                == ["a.txt", "b.txt"])
        let totals = try #require(try index.entityTotals(of: [stoltenberg.entityID]).first)
        #expect(totals.articles == 3 && totals.name == "Stoltenberg")
    }

    @Test func formsIndexedAfterTheGroupsWereBuiltStillAnswer() throws {
        let index = try Self.library()
        let groups = try LibraryEntityGroups(index: index)
        // A page indexed later: São Paulo is known, Łódź and Kiev are too; "Anna Stoltenberg" gets a new article.
        try Data("Studio news\n\nAnna Stoltenberg opened a second studio in São Paulo.\n".utf8)
            .write(to: URL(fileURLWithPath: (index.location.root as NSString).appendingPathComponent("g.txt")))
        try Indexer(analyze: { article in
            let document = Cleaner().clean(article)
            var spans: [EntitySpan] = []
            for field in document.fields {
                let text = document.text(of: field)
                for (name, type) in [("Anna Stoltenberg", EntityType.person), ("Maris Okafor", .person)] {
                    guard let found = text.range(of: name) else { continue }
                    let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                    spans.append(EntitySpan(field: field, range: start..<(start + name.utf8.count), text: name, type: type))
                }
            }
            return (document, spans)
        }).run(index)
        try Data("Studio news\n\nAnna Stoltenberg opened a second studio; Maris Okafor designed it.\n".utf8)
            .write(to: URL(fileURLWithPath: (index.location.root as NSString).appendingPathComponent("h.txt")))
        try Indexer(analyze: { article in
            let document = Cleaner().clean(article)
            var spans: [EntitySpan] = []
            for field in document.fields {
                let text = document.text(of: field)
                if let found = text.range(of: "Maris Okafor") {
                    let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                    spans.append(EntitySpan(field: field, range: start..<(start + 12), text: "Maris Okafor", type: .person))
                }
            }
            return (document, spans)
        }).run(index)
        let ids = try ids(index)
        let entities = LibraryEntities(index: index, groups: groups)
        let okafor = try #require(try entities.entities(inArticle: ids["h.txt"]!).first)
        #expect(try entities.entity(okafor.id)?.name == "Maris Okafor")
        #expect(files(try entities.articles(of: okafor.id), ids) == ["h.txt"])
        // Known forms in new articles join their groups; Anna is now the Stoltenberg of most articles, so the
        // bare surname of b.txt (no full name there) is hers, as the in-memory merge would have it.
        let anna = try entity(named: "Anna Stoltenberg", in: "e.txt", entities, ids)
        #expect(files(try entities.articles(of: anna), ids) == ["b.txt", "e.txt", "g.txt"])
    }

    @Test func queriesUseIndexes() throws {
        let index = try Self.library()
        let (condition, _) = LibraryIndex.mentionCondition([1, 2], bare: [3], rivals: [4])
        let plans = try index.pool.read { db in
            try [
                "SELECT a.id, sum(l.count) FROM entity_link l JOIN article a ON a.id = l.articleId WHERE \(condition!) GROUP BY a.id ORDER BY a.path",
                "SELECT e.id, l.count FROM entity_link l JOIN entity e ON e.id = l.entityId WHERE l.articleId = 1",
                "SELECT e.id, count(l.articleId) FROM entity e LEFT JOIN entity_link l ON l.entityId = e.id WHERE e.id IN (1, 2) GROUP BY e.id",
                "SELECT id FROM entity WHERE type = 'person' AND key = 'x'",
            ].enumerated().map { i, sql in
                let arguments: StatementArguments = i == 0 ? [1, 2, 3, 1, 2, 4] : []
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
            }
        }
        for plan in plans {
            let scans = plan.filter { $0.hasPrefix("SCAN") }
            #expect(scans.isEmpty)
        }
    }
}
