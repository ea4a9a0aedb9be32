import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// A throwaway library folder and index file under the temp directory.
struct LibraryFixture {
    let root: String
    let indexPath: String

    init() throws {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-library-test-\(UUID().uuidString)")
        root = (base as NSString).appendingPathComponent("library")
        indexPath = (base as NSString).appendingPathComponent("state/index.sqlite")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// Writes a page whose first line is its title (the text cleaner keeps it as such).
    @discardableResult
    func write(_ name: String, title: String, body: [String]) throws -> String {
        let path = (root as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let text = ([title, ""] + body.flatMap { [$0, ""] }).joined(separator: "\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func open() throws -> LibraryIndex { try LibraryIndex(library: root, indexPath: indexPath) }

    static let filler = [
        "The county council met on a wet Tuesday evening to argue about the cost of repairing the old stone bridge over the river.",
        "Several residents told the meeting that the detour added almost forty minutes to their daily drive to the hospital.",
        "Engineers said the work could start in spring if the regional grant arrives before the end of the financial year.",
    ]
}

@Suite struct LibraryIndexTests {
    @Test func migratesAnEmptyDatabaseAndReopens() throws {
        let fixture = try LibraryFixture()
        let index = try fixture.open()
        #expect(index.recoveryNote == nil)
        let (tables, appID, migrated) = try index.pool.read { db in
            (try ["article", "article_fts", "entity", "entity_link", "reading_state"].allSatisfy { try db.tableExists($0) },
             try Int32.fetchOne(db, sql: "PRAGMA application_id"),
             try IndexSchema.migrator.hasCompletedMigrations(db))
        }
        #expect(tables && migrated)
        #expect(appID == IndexSchema.applicationID)
        let again = try fixture.open()
        #expect(again.recoveryNote == nil)
        #expect(try again.articleCount() == 0)
    }

    @Test func migratingFromV1KeepsReadingStateAndReindexes() throws {
        let fixture = try LibraryFixture()
        try fixture.write("old.txt", title: "Allotment waiting list grows", body: LibraryFixture.filler)
        try FileManager.default.createDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let v1 = try DatabasePool(path: fixture.indexPath)
        try IndexSchema.migrator.migrate(v1, upTo: "v1: articles, full-text, entities, reading state")
        try v1.write { db in
            try db.execute(sql: "INSERT INTO article(path, size, mtime, hash, indexedAt) VALUES (?, 1, 1, 1, 0)",
                           arguments: [(fixture.root as NSString).appendingPathComponent("old.txt")])
            try db.execute(sql: "INSERT INTO reading_state(path, isRead, updatedAt) VALUES (?, 1, 0)",
                           arguments: [(fixture.root as NSString).appendingPathComponent("old.txt")])
        }
        try v1.close()
        let index = try fixture.open()
        #expect(index.recoveryNote == nil)
        #expect(try index.articleCount() == 0)
        #expect(try Indexer().run(index).added == 1)
        #expect(try index.rows().first?.isRead == true)
    }

    @Test func migratingFromV2KeepsReadingStateAndReindexes() throws {
        let fixture = try LibraryFixture()
        let path = try fixture.write("old.txt", title: "Allotment waiting list grows", body: LibraryFixture.filler)
        try FileManager.default.createDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let v2 = try DatabasePool(path: fixture.indexPath)
        try IndexSchema.migrator.migrate(v2, upTo: "v2: entity links per article, spans stored with the article")
        try v2.write { db in
            try db.execute(sql: """
                INSERT INTO article(id, path, size, mtime, hash, title, document, entities, indexedAt)
                VALUES (1, ?, 1, 1, 1, 'Allotment', '{"source":"x"}', '0\t0\t0\t9\tplace\t\tAllotment\n', 0)
                """, arguments: [path])
            try db.execute(sql: "INSERT INTO article_fts(rowid, title, body) VALUES (1, 'Allotment', 'old body words')")
            try db.execute(sql: "INSERT INTO entity(id, type, key, name) VALUES (1, 'place', 'allotment', 'Allotment')")
            try db.execute(sql: "INSERT INTO entity_link(articleId, entityId, count) VALUES (1, 1, 1)")
            try db.execute(sql: "INSERT INTO reading_state(path, isRead, isBookmarked, updatedAt) VALUES (?, 1, 1, 0)", arguments: [path])
        }
        try v2.close()
        let index = try fixture.open()
        #expect(index.recoveryNote == nil)
        #expect(try index.articleCount() == 0)
        #expect(try index.search("old").isEmpty)
        #expect(try Indexer().run(index).added == 1)
        let row = try #require(try index.rows().first)
        #expect(row.isRead && row.isBookmarked)
        #expect(try index.document(id: row.id)?.paragraphs == LibraryFixture.filler)
        #expect(try index.search("allotment").count == 1)
    }

    @Test func fullTextIndexFollowsChangedRemovedAndUnreadableFiles() throws {
        let fixture = try LibraryFixture()
        let a = try fixture.write("a.txt", title: "Lighthouse keeper retires", body: LibraryFixture.filler + ["The São Paulo ferry called at Łódź’s river port."])
        let b = try fixture.write("b.txt", title: "Harbour dredging", body: LibraryFixture.filler)
        try fixture.write("c.txt", title: "Market prices steady", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        #expect(try index.search("sao paulo").count == 1)   // diacritics folded, as the tokenizer does
        #expect(try index.search("Łódź").count == 1)
        // A phrase (and NEAR) needs token positions: the index keeps them (detail=full).
        let phrase = try index.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", arguments: ["\"stone bridge\""])
        }
        #expect(phrase == 3)
        try fixture.write("a.txt", title: "Lighthouse keeper stays on", body: ["A quiet winter at the point."])
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(10)], ofItemAtPath: a)
        try Data([0, 1, 2, 0, 0, 0, 255, 254] + Array(repeating: 0, count: 64)).write(to: URL(fileURLWithPath: b))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(10)], ofItemAtPath: b)
        try FileManager.default.removeItem(atPath: (fixture.root as NSString).appendingPathComponent("c.txt"))
        let summary = try Indexer().run(index)
        #expect(summary.updated == 1 && summary.removed == 1 && summary.failures.count == 1)
        try index.pool.write { try $0.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')") }
        #expect(try index.search("paulo").isEmpty)
        #expect(try index.search("dredging").isEmpty)
        #expect(try index.search("market").isEmpty)
        #expect(try index.search("bridge").isEmpty)
        let hits = try index.search("quiet winter")
        #expect(hits.count == 1 && hits[0].title == "Lighthouse keeper stays on" && hits[0].snippet.contains("[quiet]"))
    }

    /// Overwrites an index lede made (and closed) with `bytes`, as a disk or another program might.
    private func clobber(_ fixture: LibraryFixture, with bytes: Data) throws {
        let made = try fixture.open()
        try made.pool.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fixture.indexPath + suffix) }
        try bytes.write(to: URL(fileURLWithPath: fixture.indexPath))
    }

    @Test func garbageFileIsMovedAsideAndRebuilt() throws {
        let fixture = try LibraryFixture()
        let page = try fixture.write("a.txt", title: "Bridge repairs delayed again", body: LibraryFixture.filler)
        try clobber(fixture, with: Data("this is not a database at all".utf8))
        let index = try fixture.open()
        #expect(index.recoveryNote?.contains("moved it to") == true)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent)
        #expect(siblings.contains { $0.hasPrefix("index.sqlite.broken-") })
        try Indexer().run(index)
        #expect(try index.articleCount() == 1)
        #expect(FileManager.default.fileExists(atPath: page))  // the user's articles are never touched
    }

    @Test func damagedSQLiteFileIsMovedAside() throws {
        let fixture = try LibraryFixture()
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        try clobber(fixture, with: bytes)
        let index = try fixture.open()
        #expect(index.recoveryNote != nil)
        #expect(try index.articleCount() == 0)
    }

    @Test func foreignDatabaseIsRefusedAndLeftAsItIs() throws {
        let fixture = try LibraryFixture()
        try FileManager.default.createDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let foreign = try DatabaseQueue(path: fixture.indexPath)
        try foreign.write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')") }
        try foreign.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.indexPath))
        #expect(throws: LibraryIndexError.notAnIndex(path: fixture.indexPath, what: "an SQLite database of another program")) {
            try fixture.open()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.indexPath)) == before)
        let dir = (fixture.indexPath as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["index.sqlite"])  // no lock file, nothing moved
    }

    @Test func aFileThatIsNotAnIndexIsRefusedAndLeftAsItIs() throws {
        let fixture = try LibraryFixture()
        let notes = (fixture.root as NSString).appendingPathComponent("notes.md")
        try Data("# Shopping\n\n- lamp oil\n- rope\n".utf8).write(to: URL(fileURLWithPath: notes))
        for target in [notes, fixture.root] {
            #expect(throws: LibraryIndexError.self) { try LibraryIndex(library: fixture.root, indexPath: target) }
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "# Shopping\n\n- lamp oil\n- rope\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root) == ["notes.md"])
        // A garbage file at a path lede never used is not lede's either: refused, not moved aside.
        try FileManager.default.createDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("SQLite format 3\0 and then nothing like a database".utf8).write(to: URL(fileURLWithPath: fixture.indexPath))
        #expect(throws: LibraryIndexError.self) { try fixture.open() }
        #expect(FileManager.default.fileExists(atPath: fixture.indexPath))
    }

    @Test func searchRanksTitleMatchesFirstAndMarksSnippets() throws {
        let fixture = try LibraryFixture()
        try fixture.write("1.txt", title: "Ferry timetable changes for winter", body: LibraryFixture.filler + [
            "A lighthouse keeper mentioned in passing that the lighthouse needs new paint.",
        ])
        try fixture.write("2.txt", title: "Lighthouse restoration wins national award", body: LibraryFixture.filler)
        try fixture.write("3.txt", title: "Market prices steady", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        let results = try index.search("lighthouse")
        #expect(results.map { ($0.path as NSString).lastPathComponent } == ["2.txt", "1.txt"])
        #expect(results[1].snippet.contains("[lighthouse]") || results[1].snippet.contains("[Lighthouse]"))
        #expect(results[0].rank <= results[1].rank)
        // Every word is required; punctuation and FTS operators are just text.
        #expect(try index.search("lighthouse award").count == 1)
        #expect(try index.search("\"NOT lighthouse* -:(").isEmpty)
        #expect(try index.search("   ").isEmpty)
        #expect(try index.search("lightho", prefixLast: true).count == 2)
        #expect(try index.search("lightho").isEmpty)
    }

    @Test func readStateSurvivesAChangedFile() throws {
        let fixture = try LibraryFixture()
        let path = try fixture.write("story.txt", title: "Orchard harvest arrives early", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        let id = try #require(try index.rows().first?.id)
        try index.setRead(true, id: id)
        try index.setBookmarked(true, id: id)
        try fixture.write("story.txt", title: "Orchard harvest arrives early, growers say", body: LibraryFixture.filler.reversed())
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(10)], ofItemAtPath: path)
        let summary = try Indexer().run(index)
        #expect(summary.updated == 1)
        let row = try #require(try index.rows().first)
        #expect(row.id == id)
        #expect(row.isRead && row.isBookmarked)
        #expect(row.title == "Orchard harvest arrives early, growers say")
        #expect(try index.search("growers").count == 1)
        try index.setRead(false, id: id)
        #expect(try index.row(id: id)?.isRead == false)
    }

    @Test func storesTheCleanedDocument() throws {
        let fixture = try LibraryFixture()
        let path = try fixture.write("doc.txt", title: "Tram line extension approved", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        let id = try #require(try index.rows().first?.id)
        let stored = try #require(try index.document(id: id))
        var fresh = Cleaner().clean(try ArticleLoader().load(path: path))
        #expect(try index.explainedDocument(id: id) == fresh)
        fresh.blocks = []
        #expect(stored == fresh)
    }

    @Test func entityQueriesSpanArticlesInReadingOrder() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Mayor Ilse Brandt opens the harbour", body: ["Brandt cut the ribbon.", "Later Ilse Brandt spoke."])
        try fixture.write("b.txt", title: "Budget vote", body: ["The council backed ilse brandt on Monday."])
        try fixture.write("c.txt", title: "Weather", body: ["Rain all week."])
        // Stand-ins for the cleaner (lines as paragraphs) and the recognizer (every occurrence of the name is a person),
        // so this test is about the index, not about how they judge short lines.
        let indexer = Indexer(analyze: { article in
            let lines = article.text.split(whereSeparator: \.isNewline).map(String.init)
            let document = Document(source: article.source, title: lines.first, paragraphs: Array(lines.dropFirst()))
            var spans: [EntitySpan] = []
            for field in document.fields {
                let text = document.text(of: field)
                var search = text.startIndex..<text.endIndex
                while let found = text.range(of: "ilse brandt", options: .caseInsensitive, range: search) {
                    let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                    let end = text.utf8.distance(from: text.startIndex, to: found.upperBound)
                    spans.append(EntitySpan(field: field, range: start..<end, text: String(text[found]), type: .person))
                    search = found.upperBound..<text.endIndex
                }
            }
            return (document, spans)
        })
        let index = try fixture.open()
        try indexer.run(index)
        let entity = try #require(try index.entities(matching: "Ilse").first)
        #expect(entity.type == .person && entity.articleCount == 2 && entity.mentionCount == 3)
        #expect(try index.entities(matching: "Ilse", type: .place).isEmpty)
        let articles = try index.articles(mentioning: entity.id)
        #expect(articles.map { ($0.row.path as NSString).lastPathComponent } == ["a.txt", "b.txt"])
        #expect(articles.map(\.count) == [2, 1])
        let mentions = try index.mentions(of: entity.id)
        #expect(mentions.count == 3)
        #expect(mentions.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "a.txt", "b.txt"])
        #expect(mentions[0].field < mentions[1].field)
        let a = try #require(try index.rows().first)
        let document = try #require(try index.document(id: a.id))
        for mention in mentions where mention.articleID == a.id {
            let bytes = Array(document.text(of: mention.field).utf8)[mention.range]
            #expect(String(decoding: bytes, as: UTF8.self) == mention.text)
        }
        #expect(try index.entities(inArticle: a.id).first?.count == 2)
        // Deleting the only articles that mention it drops the entity.
        try FileManager.default.removeItem(atPath: (fixture.root as NSString).appendingPathComponent("a.txt"))
        try FileManager.default.removeItem(atPath: (fixture.root as NSString).appendingPathComponent("b.txt"))
        try indexer.run(index)
        #expect(try index.entities(matching: "Ilse").isEmpty)
    }

    @Test func defaultLocationIsPerFolderUnderXDGDataHome() {
        let env = ["XDG_DATA_HOME": "/data", "HOME": "/home/u"]
        let a = LibraryLocation(root: "/news/2024", environment: env)
        let b = LibraryLocation(root: "/other/2024", environment: env)
        #expect(a.indexPath.hasPrefix("/data/lede/2024-") && a.indexPath.hasSuffix(".sqlite"))
        #expect(a.indexPath != b.indexPath)
        #expect(LibraryLocation(root: "/news/2024/", environment: env).indexPath == a.indexPath)
        #expect(LibraryLocation.dataDirectory(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/lede")
        #expect(LibraryLocation(root: "/x", indexPath: "/tmp/i.sqlite", environment: env).indexPath == "/tmp/i.sqlite")
    }
}

@Suite struct LibrarySpanCodecTests {
    static let spans = [
        EntitySpan(field: .title, range: 0..<5, text: "Brandt", type: .person),
        EntitySpan(field: .paragraph(12), range: 7..<19, text: "29 April 2024", type: .date, normalized: "2024-04-29"),
        EntitySpan(field: .caption(1), range: 3..<9, text: "Port\tof\nLeith", type: .place),
        EntitySpan(field: .paragraph(300), range: 70_000..<70_011, text: "Łódź", type: .place),
        EntitySpan(field: .standfirst, range: 2..<30, text: "Zelenskyy’s", type: .person, normalized: ""),
        EntitySpan(field: .paragraph(0), range: 0..<5, text: "Brandt", type: .person),
        EntitySpan(field: .paragraph(1), range: 4..<4, text: "€5bn", type: .money, normalized: "EUR 5000000000"),
        EntitySpan(field: .paragraph(1), range: 9..<15, text: "Brandt", type: .organization),
    ]

    @Test func spansRoundTripThroughTheCompactEncoding() {
        #expect(SpanCodec.decode(SpanCodec.encode(Self.spans)) == Self.spans)
        #expect(SpanCodec.decode(SpanCodec.encode([])).isEmpty)
    }

    @Test func garbageAndTruncatedBlobsDecodeToWhatIsIntact() {
        #expect(SpanCodec.decode(Data("garbage\nline".utf8)).isEmpty)
        #expect(SpanCodec.decode(Data("0\t0\t0\t5\tperson\t\tBrandt\n".utf8)).isEmpty)  // the v2 text form is not ours
        #expect(SpanCodec.decode(Data()).isEmpty)
        let blob = SpanCodec.encode(Self.spans)
        let cut = SpanCodec.decode(blob.prefix(blob.count - 3))
        #expect(cut.count < Self.spans.count && cut == Array(Self.spans.prefix(cut.count)))
    }

    @Test func repeatedNamesAreStoredOnce() {
        let many = (0..<200).map { EntitySpan(field: .paragraph($0), range: 10..<25, text: "Ilse Brandt-Østergaard", type: .person) }
        #expect(SpanCodec.encode(many).count < 200 * 6)
    }
}

/// Issue 12, item 14: a pasted paragraph or a word repeated thousands of times is a bounded query.
@Test func longQueriesAreBounded() {
    let repeated = SearchQuery(String(repeating: "ferry pier ", count: 50_000))
    #expect(repeated?.terms == ["ferry", "pier"])
    let many = SearchQuery((0..<5_000).map { "word\($0)" }.joined(separator: " "))
    #expect(many?.terms.count == SearchQuery.maxTerms)
    #expect(SearchQuery(String(repeating: "x", count: 10_000))?.terms.first?.count == SearchQuery.maxTermLength)
    #expect(SearchQuery("*") == nil && SearchQuery("") == nil)
    #expect(SearchQuery("Ferry ferry FERRY")?.fts(prefixLast: true) == "\"Ferry\"*")
}

/// Issue 12, item 15: SQLite's read-only refusal is said plainly.
@Test func readOnlyIndexIsSaidPlainly() {
    let error = DatabaseError(resultCode: .SQLITE_READONLY, message: "attempt to write a readonly database")
    let plain = IndexWriteError.from(error, indexPath: "/lib/index.sqlite")
    #expect(plain?.description.contains("/lib/index.sqlite cannot be written") == true)
    #expect(plain?.description.contains("readonly database") == false)
    #expect(IndexWriteError.from(DatabaseError(resultCode: .SQLITE_CORRUPT), indexPath: "x") == nil)
}
