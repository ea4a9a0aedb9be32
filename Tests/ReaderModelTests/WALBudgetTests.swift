import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// Issue 12, item 15: the WAL can no longer grow to 64 MB on a disk without room for it.
@Suite struct WALBudgetTests {
    @Test func aSixteenthOfTheFreeSpaceBetweenTheBounds() {
        // 16 GB free: the full 64 MB interval.
        #expect(WALBudget(freeBytes: 16 << 30, pageSize: 4096).autocheckpointPages == 16384)
        // 256 MB free: 16 MB of WAL, 4,096 pages.
        #expect(WALBudget(freeBytes: 256 << 20, pageSize: 4096).autocheckpointPages == 4096)
        // 20 MB free: never below SQLite's own default.
        #expect(WALBudget(freeBytes: 20 << 20, pageSize: 4096).autocheckpointPages == 1000)
        #expect(WALBudget(freeBytes: 0, pageSize: 4096).autocheckpointPages == 1000)
        #expect(WALBudget(freeBytes: -1, pageSize: 4096).autocheckpointPages == 1000)
        // Bigger pages: the same share in bytes.
        #expect(WALBudget(freeBytes: 256 << 20, pageSize: 8192).autocheckpointPages == 2048)
        // Unknown free space: the default.
        #expect(WALBudget(freeBytes: nil, pageSize: 4096).autocheckpointPages == 1000)
        #expect(WALBudget(freeBytes: .max, pageSize: 4096).autocheckpointPages == 16384)
    }

    @Test func theWALIsCutBackAfterACheckpoint() {
        #expect(WALBudget(freeBytes: 16 << 30, pageSize: 4096).journalSizeLimit == 1000 * 4096)
        #expect(WALBudget(freeBytes: 1 << 20, pageSize: 4096).journalSizeLimit == 1000 * 4096)
    }

    @Test func freeSpaceOfTheIndexFolder() throws {
        let free = try #require(WALBudget.freeBytes(at: NSTemporaryDirectory() + "/not-yet-an-index.sqlite"))
        #expect(free >= 0)
        #expect(WALBudget.freeBytes(at: "/no/such/folder/index.sqlite") == nil)
    }

    @Test func anOpenIndexUsesItsBudget() throws {
        let library = try LibraryFixture()
        let index = try library.open()
        let expected = WALBudget(forIndexAt: library.indexPath, pageSize: 4096)
        let (pages, limit) = try index.reading { db in
            (try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"), try Int.fetchOne(db, sql: "PRAGMA journal_size_limit"))
        }
        #expect(pages == expected.autocheckpointPages)
        #expect(limit == expected.journalSizeLimit)
    }
}
