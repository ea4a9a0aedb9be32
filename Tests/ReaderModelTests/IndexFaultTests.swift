import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// Faults injected into an indexing run (a full disk, a write error mid-batch, the folder renamed
/// mid-run): the run stops or finishes with a plain message, and the next run leaves an index that
/// matches the folder exactly, with no article lost or duplicated and the read marks kept.
/// (`scripts/index-faults` does the same with real processes: SIGKILL, renames, two runs at once.)
@Suite struct IndexFaultTests {
    private func library(pages: Int) throws -> LibraryFixture {
        let fixture = try LibraryFixture()
        for i in 0..<pages { try page(i, in: fixture) }
        return fixture
    }

    private func page(_ i: Int, in fixture: LibraryFixture, note: String = "") throws {
        try fixture.write(String(format: "shelf%d/card%03d.txt", i % 3, i), title: "Lending card \(i) of the reading room",
                          body: LibraryFixture.filler + ["Card \(i) lists \(i * 3 + 2) loans of the atlas and a torn map of the estuary.\(note)"])
    }

    /// The index holds one complete row per article file of the folder, and an FTS index that matches them.
    private func expectMatchesFolder(_ index: LibraryIndex, _ root: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let files = LibraryScanner().scan(root: root).keys.sorted()
        let (paths, incomplete, fts, dangling) = try index.pool.write { db -> ([String], Int, Int, Int) in
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
            return (try String.fetchAll(db, sql: "SELECT path FROM article ORDER BY path"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE error IS NOT NULL OR document IS NULL") ?? -1,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fts") ?? -1,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_link WHERE articleId NOT IN (SELECT id FROM article)") ?? -1)
        }
        #expect(paths == files, sourceLocation: sourceLocation)
        #expect(incomplete == 0 && fts == files.count && dangling == 0, sourceLocation: sourceLocation)
    }

    @Test func aFullDiskAtAnyPointIsSaidPlainlyAndTheNextRunCompletes() throws {
        let fixture = try library(pages: 60)
        let index = try fixture.open()
        var full = 0
        // SQLite's own page limit is the full disk: every write that would grow the file fails with
        // SQLITE_FULL, wherever it falls (an article, an entity, a passage, the commit).
        for (round, room) in [1, 3, 8, 20, 2, 40, 5].enumerated() {
            let pages = try index.pool.write { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
            try index.pool.write { try $0.execute(sql: "PRAGMA max_page_count = \(pages + room)") }
            do {
                try Indexer(batchSize: 7).run(index)
            } catch {
                let message = try #require(index.diskProblem(error), "\(error)")
                #expect(message.contains("is full") && message.contains("next run continues"))
                full += 1
            }
            try index.pool.write { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
            let summary = try Indexer(batchSize: 7).run(index)
            #expect(summary.failures.isEmpty)
            try expectMatchesFolder(index, fixture.root)
            // Work for the next round: new pages and changed ones.
            for i in 0..<12 { try page(60 + round * 12 + i, in: fixture) }
            for i in stride(from: round, to: 60, by: 9) { try page(i, in: fixture, note: " Amended in round \(round).") }
        }
        #expect(full >= 5)
    }

    @Test(arguments: [ResultCode.SQLITE_FULL, .SQLITE_IOERR])
    func aWriteErrorMidBatchIsSaidPlainlyAndTheNextRunCompletes(_ code: ResultCode) throws {
        let fixture = try library(pages: 40)
        let index = try fixture.open()
        try Indexer(batchSize: 6).run(index)
        try index.setRead(true, id: try #require(index.rows().first).id)
        for (round, failAt) in [1, 5, 9, 12].enumerated() {  // the nth file written (every round has 12 or more)
            for i in stride(from: round, to: 40, by: 3) { try page(i, in: fixture, note: " Amended in round \(round).") }
            try FileManager.default.removeItem(atPath: fixture.root + String(format: "/shelf%d/card%03d.txt", (round + 1) % 3, round + 1))
            let calls = Counter()
            var failing = Indexer(batchSize: 6)
            failing.beforeWrite = { _ in if calls.next() == failAt { throw DatabaseError(resultCode: code, message: "injected") } }
            #expect(throws: DatabaseError.self) { try failing.run(index) }
            #expect(index.diskProblem(DatabaseError(resultCode: code)) != nil)
            try Indexer(batchSize: 6).run(index)
            try expectMatchesFolder(index, fixture.root)
            #expect(try index.rows().first?.isRead == true)
        }
    }

    @Test func aFolderRenamedMidRunIsFollowedByTheNextRun() throws {
        let fixture = try library(pages: 30)
        let index = try fixture.open()
        try Indexer(batchSize: 4).run(index)
        let marked = try #require(index.rows().first)
        try index.setRead(true, id: marked.id)
        for i in 0..<30 { try page(i, in: fixture, note: " Amended before the move.") }
        try page(99, in: fixture)
        // The run goes on under the old name after the folder went: its reads fail and are kept as before.
        let moved = fixture.root + "-moved"
        let calls = Counter()
        var renaming = Indexer(batchSize: 4)
        renaming.beforeWrite = { _ in
            if calls.next() == 9 { try FileManager.default.moveItem(atPath: fixture.root, toPath: moved) }
        }
        _ = try renaming.run(index)
        try index.pool.close()

        let after = try LibraryIndex(library: moved, indexPath: fixture.indexPath)
        #expect(after.recoveryNote?.contains("moved from") == true)
        let summary = try Indexer(batchSize: 4).run(after)
        #expect(summary.failures.isEmpty && summary.unreadable.isEmpty)
        try expectMatchesFolder(after, moved)
        #expect(try after.rows().first { $0.path == moved + marked.path.dropFirst(fixture.root.count) }?.isRead == true)
        #expect(try after.search("Amended before the move", limit: 100).count == 30)
    }
}
