import Foundation
import GRDB
import Testing
@testable import ReaderModel

@Suite struct IndexerTests {
    @Test func onlyNewAndChangedFilesAreCleanedAndDeletedOnesDropOut() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Library opening hours extended", body: LibraryFixture.filler)
        let b = try fixture.write("sub/b.txt", title: "Cycle lanes painted on the main road", body: LibraryFixture.filler)
        let c = try fixture.write("c.txt", title: "School choir tours the valley", body: LibraryFixture.filler)
        try fixture.write(".hidden/d.txt", title: "Never indexed", body: LibraryFixture.filler)
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: URL(fileURLWithPath: (fixture.root as NSString).appendingPathComponent("photo.png")))
        let index = try fixture.open()

        let first = try Indexer().run(index)
        #expect(first.added == 3 && first.unchanged == 0)
        let second = try Indexer().run(index)
        #expect(second.added == 0 && second.updated == 0 && second.unchanged == 3)

        try fixture.write("e.txt", title: "New footbridge opens", body: LibraryFixture.filler)
        try fixture.write("sub/b.txt", title: "Cycle lanes repainted after complaints", body: LibraryFixture.filler)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: b)
        try FileManager.default.removeItem(atPath: c)
        let third = try Indexer().run(index)
        #expect(third.added == 1 && third.updated == 1 && third.removed == 1 && third.unchanged == 1)
        #expect(try index.rows().compactMap(\.title).sorted() ==
                ["Cycle lanes repainted after complaints", "Library opening hours extended", "New footbridge opens"])
        #expect(try index.search("choir").isEmpty)

        // A new mtime with the same bytes only refreshes the fingerprint.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: b)
        let fourth = try Indexer().run(index)
        #expect(fourth.touched == 1 && fourth.updated == 0)
        #expect(try Indexer().run(index).unchanged == 3)
    }

    @Test func unreadableFilesAreReportedOnceAndRetriedWhenChanged() throws {
        let fixture = try LibraryFixture()
        try fixture.write("good.txt", title: "Harbour fees frozen", body: LibraryFixture.filler)
        let empty = (fixture.root as NSString).appendingPathComponent("empty.txt")
        try Data().write(to: URL(fileURLWithPath: empty))
        let index = try fixture.open()
        let first = try Indexer().run(index)
        #expect(first.added == 1 && first.failures.count == 1)
        #expect(try index.articleCount() == 1 && index.rows().count == 1)
        #expect(try Indexer().run(index).failures.isEmpty)
        try fixture.write("empty.txt", title: "Now it has words", body: LibraryFixture.filler)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: empty)
        let third = try Indexer().run(index)
        #expect(third.updated == 1 && third.failures.isEmpty)
        #expect(try index.articleCount() == 2 && index.failures().isEmpty)
    }

    @Test func anAbortedBatchLeavesAConsistentIndexAndTheNextRunCompletesIt() throws {
        let fixture = try LibraryFixture()
        for i in 0..<10 {
            try fixture.write(String(format: "p%02d.txt", i), title: "Item \(i) of the village newsletter", body: LibraryFixture.filler)
        }
        let index = try fixture.open()
        // Fail half-way through the second batch, as a crash would.
        let calls = Counter()
        var crashing = Indexer(batchSize: 4)
        crashing.beforeWrite = { _ in if calls.next() == 6 { throw CancellationError() } }
        #expect(throws: CancellationError.self) { try crashing.run(index) }
        #expect(try index.articleCount() == 4)  // the first batch only: the second rolled back whole

        let summary = try Indexer(batchSize: 4).run(index)
        #expect(summary.added == 6 && summary.unchanged == 4)
        let counts = try index.pool.write { db -> [Int?] in
            // The external-content FTS index must match the rows it was built from.
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
            return try ["SELECT count(*) FROM article", "SELECT count(DISTINCT path) FROM article", "SELECT count(*) FROM article_fts"]
                .map { try Int.fetchOne(db, sql: $0) }
        }
        #expect(counts == [10, 10, 10])
    }

    @Test func progressIsReportedPerBatchAndTheBackgroundTaskFinishes() throws {
        let fixture = try LibraryFixture()
        for i in 0..<9 { try fixture.write("n\(i).txt", title: "Note \(i)", body: LibraryFixture.filler) }
        let index = try fixture.open()
        let seen = Recorder()
        let task = IndexingTask(index: index, indexer: Indexer(batchSize: 2), progress: { seen.add($0) })
        let summary = try task.wait().get()
        #expect(summary.added == 9)
        let progress = seen.values
        #expect(progress.first?.done == 0 && progress.last?.done == 9 && progress.last?.total == 9)
        #expect(progress.count == 6)  // after the scan, then after each of 5 batches
        #expect(task.progress?.isFinished == true)
        #expect(IndexProgress(done: 5, total: 10, elapsed: 1).eta == 1)
    }

    @Test func cancellingStopsBetweenBatchesKeepingWhatWasCommitted() throws {
        let fixture = try LibraryFixture()
        for i in 0..<8 { try fixture.write("m\(i).txt", title: "Memo \(i)", body: LibraryFixture.filler) }
        let index = try fixture.open()
        let batches = Counter()
        let summary = try Indexer(batchSize: 2).run(index, progress: { _ in _ = batches.next() }, isCancelled: { batches.value >= 3 })
        #expect(summary.cancelled && summary.added == 4)
        #expect(try index.articleCount() == 4)
        #expect(try Indexer(batchSize: 2).run(index).added == 4)
    }
}

/// A thread-safe counter for test hooks called from the indexer.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func next() -> Int { lock.withLock { count += 1; return count } }
    var value: Int { lock.withLock { count } }
}

/// Collects progress reports from a background thread.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [IndexProgress] = []
    func add(_ p: IndexProgress) { lock.withLock { items.append(p) } }
    var values: [IndexProgress] { lock.withLock { items } }
}
