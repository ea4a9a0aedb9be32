import Foundation
import Testing
@testable import ReaderModel

/// An index belongs to one folder: another folder is refused, a moved folder is followed with its read marks.
@Suite struct LibraryFolderTests {
    private func library() throws -> LibraryFixture {
        let fixture = try LibraryFixture()
        try fixture.write("one.txt", title: "Lock keeper wins award", body: LibraryFixture.filler)
        try fixture.write("sub/two.txt", title: "Canal towpath resurfaced", body: LibraryFixture.filler)
        return fixture
    }

    @Test func anotherFolderIsRefusedAndTheIndexKeepsItsLibrary() throws {
        let fixture = try library()
        try Indexer().run(try fixture.open())
        let other = fixture.root + "-other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("Stray script\n\nNot part of the library at all, only a file in another folder.\n".utf8)
            .write(to: URL(fileURLWithPath: other + "/stray.txt"))
        #expect(throws: LibraryIndexError.otherFolder(index: fixture.indexPath, recorded: fixture.root, given: other)) {
            try LibraryIndex(library: other, indexPath: fixture.indexPath)
        }
        #expect(try LibraryIndex.recordedRoot(ofIndex: fixture.indexPath) == fixture.root)
        let index = try fixture.open()
        #expect(try index.rows().map(\.title) == ["Lock keeper wins award", "Canal towpath resurfaced"])
    }

    @Test func aNewIndexRecordsNoFolder() throws {
        let fixture = try library()
        #expect(try LibraryIndex.recordedRoot(ofIndex: fixture.indexPath) == nil)
    }

    @Test func aMovedFolderTakesItsIndexAndReadMarksAlong() throws {
        let fixture = try library()
        let first = try fixture.open()
        try Indexer().run(first)
        try first.setRead(true, id: try #require(first.rows().first { $0.title == "Canal towpath resurfaced" }).id)
        let moved = fixture.root + "-renamed"
        try FileManager.default.moveItem(atPath: fixture.root, toPath: moved)

        let index = try LibraryIndex(library: moved, indexPath: fixture.indexPath)
        #expect(index.recoveryNote?.contains("moved from \(fixture.root) to \(moved)") == true)
        let summary = try Indexer().run(index)
        #expect(summary.added == 0 && summary.removed == 0 && summary.unchanged == 2)
        let rows = try index.rows()
        #expect(rows.allSatisfy { $0.path.hasPrefix(moved + "/") })
        #expect(rows.first { $0.title == "Canal towpath resurfaced" }?.isRead == true)
        #expect(try index.document(id: rows[0].id)?.source.hasPrefix(moved + "/") == true)
        #expect(try LibraryIndex.recordedRoot(ofIndex: fixture.indexPath) == moved)
    }

    @Test func aMovedFolderFindsItsDefaultIndexAgain() throws {
        let fixture = try library()
        let data = fixture.root + "-data"
        let environment = ["XDG_DATA_HOME": data]
        let first = try LibraryIndex(location: LibraryLocation(root: fixture.root, environment: environment))
        try Indexer().run(first)
        try first.setRead(true, id: try #require(first.rows().first).id)
        try first.pool.close()
        let moved = (fixture.root as NSString).deletingLastPathComponent + "/shelf"
        try FileManager.default.moveItem(atPath: fixture.root, toPath: moved)

        let location = LibraryLocation(root: moved, environment: environment)
        let index = try LibraryIndex(location: location)
        #expect(index.recoveryNote?.contains("moved from") == true)
        #expect(try Indexer().run(index).added == 0)
        #expect(try index.rows().first?.isRead == true)
        #expect(FileManager.default.fileExists(atPath: location.indexPath))
    }
}
