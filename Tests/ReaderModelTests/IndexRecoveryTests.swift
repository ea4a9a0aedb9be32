import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// A damaged index is found on any read or write, moved aside and rebuilt, without failing the command.
@Suite struct IndexRecoveryTests {
    private func library(pages: Int) throws -> LibraryFixture {
        let fixture = try LibraryFixture()
        for i in 0..<pages {
            // Long, distinct bodies, so the file is large and damage lands in article, body and FTS pages.
            let body = (0..<12).map { "Paragraph \($0) of report \(i): the ward committee heard \(i * 7 + $0) objections to the new depot at Brackwater." }
            try fixture.write(String(format: "r%03d.txt", i), title: "Depot hearing report \(i)", body: LibraryFixture.filler + body)
        }
        return fixture
    }

    /// Overwrites `count` bytes in the middle of a closed index with noise.
    private func damage(_ path: String, count: Int) throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        #expect(size > UInt64(count) * 2, "the index is only \(size) bytes")
        try handle.seek(toOffset: size / 2 - UInt64(count / 2))
        handle.write(Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }))
        try handle.close()
    }

    private func isIntact(_ path: String) throws -> Bool {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok"
    }

    @Test func damageInTheMiddleIsFoundMovedAsideAndRebuilt() throws {
        let fixture = try library(pages: 120)
        let first = try fixture.open()
        try Indexer().run(first)
        let marked = try first.rows()[3]
        try first.setRead(true, id: marked.id)
        try first.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try first.pool.close()
        try damage(fixture.indexPath, count: 40 * 1024)
        #expect(try isIntact(fixture.indexPath) == false)

        // Whatever reads first meets the damage; none of these may fail.
        let index = try fixture.open()
        try Indexer().run(index)
        for row in try index.rows() { _ = try index.document(id: row.id) }
        _ = try index.search("Brackwater objections", limit: 500)
        try Indexer().run(index)

        #expect(index.recoveryNote?.contains("moved it to") == true)
        #expect(try index.articleCount() == 120)
        #expect(try index.search("Brackwater", limit: 500).count == 120)
        #expect(try isIntact(fixture.indexPath))
        let dir = (fixture.indexPath as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).contains { $0.hasPrefix("index.sqlite.broken-") })
        #expect(FileManager.default.fileExists(atPath: marked.path))  // the articles are never touched
    }

    @Test func readMarksAreCarriedOverFromADamagedIndex() throws {
        let fixture = try library(pages: 60)
        let first = try fixture.open()
        try Indexer().run(first)
        let marked = try first.rows()[5]
        try first.setRead(true, id: marked.id)
        let damaged = first.slot.current
        try first.recover(from: damaged, because: DatabaseError(resultCode: .SQLITE_CORRUPT, message: "test"))
        #expect(first.generation == 1)
        try Indexer().run(first)
        #expect(try first.rows().first { $0.path == marked.path }?.isRead == true)
    }
}
