import Foundation
import Testing
@testable import ReaderModel

/// A file or folder that cannot be read keeps its last indexed version, is tried again every run, and is reported.
/// (Tests run as root, where chmod 000 does not stop a read: unreadability is injected or made with links.)
@Suite struct UnreadableFilesTests {
    @Test func aFileThatCannotBeReadKeepsItsLastVersionAndIsRetried() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Ferry fares frozen for winter", body: LibraryFixture.filler)
        let b = try fixture.write("b.txt", title: "Sluice gate repaired at Wendmoor", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        // b changes, and then cannot be read (as `chmod 000` does for a normal user).
        try fixture.write("b.txt", title: "Sluice gate fails again at Wendmoor", body: LibraryFixture.filler)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(10)], ofItemAtPath: b)
        var denied = Indexer()
        denied.readFile = { path, limit throws(LoadError) in
            if path == b { throw LoadError(path: path, kind: .unreadable("permission denied")) }
            return try FileReader.contents(of: path, maxBytes: limit)
        }
        let blocked = try denied.run(index)
        #expect(blocked.unreadable == ["\(b): cannot read (permission denied)"])
        #expect(blocked.removed == 0 && blocked.failures.isEmpty)
        #expect(blocked.line.contains("1 unreadable"))
        #expect(try index.rows().map(\.title) == ["Ferry fares frozen for winter", "Sluice gate repaired at Wendmoor"])
        #expect(try index.search("repaired").count == 1)
        // Still unreadable next time: reported again, still kept.
        #expect(try denied.run(index).unreadable.count == 1)
        // Readable again (chmod keeps the mtime): it is read, not taken as unchanged.
        let restored = try Indexer().run(index)
        #expect(restored.updated == 1 && restored.unreadable.isEmpty)
        #expect(try index.search("fails again").count == 1)
    }

    @Test func aFolderThatCannotBeListedKeepsItsArticles() throws {
        let fixture = try LibraryFixture()
        try fixture.write("top.txt", title: "Moorland bus route saved", body: LibraryFixture.filler)
        try fixture.write("sub/one.txt", title: "Bridge inspection finds cracks", body: LibraryFixture.filler)
        try fixture.write("sub/two.txt", title: "Weir fish pass opens", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        // The folder becomes a link that leads nowhere (as a folder one may not list does).
        let sub = (fixture.root as NSString).appendingPathComponent("sub")
        let elsewhere = fixture.root + "-elsewhere"
        try FileManager.default.moveItem(atPath: sub, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: sub, withDestinationPath: elsewhere + "/gone")
        let summary = try Indexer().run(index)
        #expect(summary.removed == 0)
        #expect(summary.unreadable.count == 1 && summary.unreadable[0].contains("sub"))
        #expect(try index.articleCount() == 3)
        // Back in place: nothing to redo, nothing reported.
        try FileManager.default.removeItem(atPath: sub)
        try FileManager.default.moveItem(atPath: elsewhere, toPath: sub)
        let back = try Indexer().run(index)
        #expect(back.unreadable.isEmpty && back.unchanged == 3 && back.removed == 0)
    }

    @Test func loopingAndDanglingLinksAreReportedNotIndexed() throws {
        let fixture = try LibraryFixture()
        try fixture.write("real.txt", title: "Reservoir levels recover", body: LibraryFixture.filler)
        let loop = (fixture.root as NSString).appendingPathComponent("loop.txt")
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        try FileManager.default.createSymbolicLink(atPath: (fixture.root as NSString).appendingPathComponent("dangling.txt"),
                                                   withDestinationPath: "/nonexistent/lede/page.txt")
        let index = try fixture.open()
        let summary = try Indexer().run(index)
        #expect(summary.added == 1)
        #expect(summary.unreadable.count == 2)
        #expect(summary.unreadable.contains { $0.contains("loop.txt") && $0.contains("symbolic links") })
        #expect(summary.unreadable.contains { $0.contains("dangling.txt") })
    }

    @Test func unchangedFilesThatLostTheirReadPermissionAreNoticedFromTheirModeBits() {
        let me = ReadPermission(user: 1000, groups: [100, 27])
        #expect(me.allows(mode: 0o400, owner: 1000, group: 5))
        #expect(!me.allows(mode: 0o000, owner: 1000, group: 100))   // chmod 000 on my own file
        #expect(!me.allows(mode: 0o044, owner: 1000, group: 100))   // the owner bits decide for the owner
        #expect(me.allows(mode: 0o040, owner: 0, group: 27))
        #expect(!me.allows(mode: 0o600, owner: 0, group: 27))
        #expect(me.allows(mode: 0o004, owner: 0, group: 0))
        #expect(ReadPermission(user: 0, groups: []).allows(mode: 0, owner: 1000, group: 1000))
    }
}
