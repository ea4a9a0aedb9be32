import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// The passage lookup keys in FTS5 ("indexspeed-v1"): an index made with the `passage_key` table of
/// "passages-v1" is converted and gives the same reports; the view keeps the old rows readable.
@Suite struct PassageKeyIndexTests {
    private func keyRows(_ index: LibraryIndex) throws -> [[Int64]] {
        try index.reading { db in
            try Row.fetchAll(db, sql: "SELECT hash, articleId FROM passage_key ORDER BY hash, articleId").map { [$0[0], $0[1]] }
        }
    }

    /// Turns a current index back into what "passages-v1" left: the `passage_key` table with one row
    /// per key, its delete trigger, and no "indexspeed-v1" in the migration log.
    private func downgrade(_ index: LibraryIndex) throws {
        try index.writing { db in
            try db.execute(sql: """
                CREATE TEMP TABLE saved AS SELECT articleId, keys FROM passage;
                DROP TRIGGER passage_key_delete;
                DROP VIEW passage_key;
                DROP TRIGGER passage_insert;
                DROP TRIGGER passage_delete;
                DROP TRIGGER passage_update;
                DROP TABLE passage_key_fts;
                DROP TABLE passage;
                """)
            try PassageTables.create(db)
            try db.execute(sql: """
                DELETE FROM library_meta WHERE key = '\(PassageTables.backfillKey)';
                INSERT INTO passage(articleId, keys) SELECT articleId, keys FROM saved;
                INSERT INTO passage_key(hash, articleId) SELECT k.value, s.articleId FROM saved s, json_each(s.keys) k;
                DROP TABLE saved;
                DELETE FROM grdb_migrations WHERE identifier = 'indexspeed-v1';
                """)
        }
    }

    @Test func anIndexWithThePassageKeyTableIsConvertedAndReportsTheSame() throws {
        let fixture = try LibraryFixture()
        try fixture.write("ledger.txt", title: "Council backs ferry to Little Skerry", body: PassageFixtures.ledgerParagraphs)
        try fixture.write("post.txt", title: "Island ferry approved", body: PassageFixtures.postParagraphs)
        let weather = try fixture.write("weather.txt", title: "Weekend weather", body: PassageFixtures.weatherParagraphs)
        var index = try fixture.open()
        try Indexer().run(index)
        let ids = try index.rows().map(\.id)
        let reports = try ids.map { try index.passageReport(of: $0) }
        let rows = try keyRows(index)
        #expect(!rows.isEmpty)

        try downgrade(index)
        #expect(try index.reading { try String.fetchOne($0, sql: "SELECT type FROM sqlite_master WHERE name = 'passage_key'") } == "table")
        #expect(try keyRows(index) == rows)
        index = try fixture.open()  // migrates
        #expect(try index.reading { try String.fetchOne($0, sql: "SELECT type FROM sqlite_master WHERE name = 'passage_key'") } == "view")
        #expect(try keyRows(index) == rows)
        #expect(try ids.map { try index.passageReport(of: $0) } == reports)

        // The converted keys leave with their article, and new ones arrive with a new file.
        let weatherID = try #require(try index.rows().first { $0.path.hasSuffix("weather.txt") }).id
        try FileManager.default.removeItem(atPath: weather)
        try Indexer().run(index)
        #expect(try keyRows(index).allSatisfy { $0[1] != weatherID })
        try fixture.write("copy.txt", title: "Ferry plan copied", body: PassageFixtures.ledgerParagraphs)
        try Indexer().run(index)
        let copy = try #require(try index.rows().first { $0.path.hasSuffix("copy.txt") }).id
        let ledger = try #require(try index.rows().first { $0.path.hasSuffix("ledger.txt") }).id
        #expect(try index.passageReport(of: copy)?.repeated.contains { $0.sources.contains { $0.article == ledger } } == true)
        #expect(try index.reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM passage_key_fts WHERE passage_key_fts MATCH ?",
                                                    arguments: [PassageKeyIndex.query(UInt32(rows[0][0]))]) } ?? 0 > 0)
        try index.writing { try $0.execute(sql: "INSERT INTO passage_key_fts(passage_key_fts, rank) VALUES ('integrity-check', 0)") }
    }

    @Test func deletingFromTheViewTakesTheKeyOutOfTheLookup() throws {
        let fixture = try LibraryFixture()
        try fixture.write("ledger.txt", title: "Council backs ferry to Little Skerry", body: PassageFixtures.ledgerParagraphs)
        try fixture.write("post.txt", title: "Island ferry approved", body: PassageFixtures.postParagraphs)
        let index = try fixture.open()
        try Indexer().run(index)
        let first = try #require(try keyRows(index).first)
        func holders() throws -> [Int64] {
            try index.reading { try Int64.fetchAll($0, sql: PassageKeyIndex.holdersSQL(limit: 65), arguments: [PassageKeyIndex.query(UInt32(first[0]))]) }
        }
        #expect(try holders().contains(first[1]))
        try index.writing { try $0.execute(sql: "DELETE FROM passage_key WHERE hash = ? AND articleId = ?", arguments: [first[0], first[1]]) }
        #expect(try !holders().contains(first[1]))
        #expect(try !keyRows(index).contains(first))
        try index.writing { try $0.execute(sql: "INSERT INTO passage_key_fts(passage_key_fts, rank) VALUES ('integrity-check', 0)") }
    }
}
