import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// Issue 12, item 15: reading commands open the index read-only, and say plainly when it cannot be written.
/// (The automatic fallback for a file this user cannot write is checked as another user in Tests/e2e/readonly.sh.)
@Suite struct ReadOnlyIndexTests {
    private func indexedLibrary() throws -> LibraryFixture {
        let fixture = try LibraryFixture()
        try fixture.write("bridge.txt", title: "Stone bridge repairs approved", body: LibraryFixture.filler)
        try Indexer().run(try fixture.open())
        return fixture
    }

    @Test func anExistingIndexOpensReadOnlyAndReads() throws {
        let fixture = try indexedLibrary()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.indexPath))
        let index = try LibraryIndex(library: fixture.root, indexPath: fixture.indexPath, readOnly: true)
        #expect(index.isReadOnly)
        #expect(index.readOnlyNote?.contains("cannot be written") == true)
        #expect(!index.isBeingWrittenElsewhere)
        #expect(try index.rows().map(\.title) == ["Stone bridge repairs approved"])
        #expect(try index.search("bridge").count == 1)
        // Writes fail with the plain message, never SQLite's.
        let id = try #require(try index.rows().first?.id)
        do {
            try index.setRead(true, id: id)
            Issue.record("a read-only index was written")
        } catch {
            let message = try #require(index.diskProblem(error))
            #expect(message.contains("cannot be written") && !message.contains("readonly database"), "\(message)")
        }
        do {
            try Indexer().run(index)
            Issue.record("a read-only index was indexed")
        } catch {
            #expect(index.diskProblem(error)?.contains("cannot be written") == true, "\(error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.indexPath)) == before)
    }

    @Test func readOnlyWithoutAnIndexOpensANewOne() throws {
        let fixture = try LibraryFixture()
        let index = try LibraryIndex(library: fixture.root, indexPath: fixture.indexPath, readOnly: true)
        #expect(!index.isReadOnly)
        #expect(index.readOnlyNote == nil)
    }

    @Test func aWritableIndexIsNotReadOnly() throws {
        let fixture = try indexedLibrary()
        #expect(IndexAccess.canWrite(indexAt: fixture.indexPath))
        #expect(IndexAccess.canWrite(indexAt: fixture.indexPath + "-not-yet"))
        #expect(!(try fixture.open()).isReadOnly)
    }

    @Test func immutableURIsEscapeWhatSQLiteWouldRead() {
        #expect(LibraryIndex.immutableURI("/a/b.sqlite") == "file:/a/b.sqlite?immutable=1")
        #expect(LibraryIndex.immutableURI("/a?#%/é") == "file:/a%3F%23%25/%C3%A9?immutable=1")
    }

    @Test func anImmutableOpenReadsTheIndex() throws {
        let fixture = try indexedLibrary()
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: LibraryIndex.immutableURI(fixture.indexPath), configuration: config)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") } == 1)
    }
}
