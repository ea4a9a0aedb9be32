import Foundation
import Testing
@testable import ReaderModel

/// Issue 12, item 4: a file whose path is longer than the system allows (PATH_MAX) is indexed or
/// reported, never dropped silently, and does not stop the rest of the library.
@Suite struct OverlongPathTests {
    /// Makes `root/<segment>/<segment>/.../deep.txt` through descriptors (the path itself cannot be passed
    /// to open or mkdir); returns the length of the file's path in bytes.
    private func makeDeepFile(under root: String, text: String) throws -> Int {
        let segment = String(repeating: "d", count: 200)
        var fd = open(root, O_RDONLY | O_DIRECTORY)
        try #require(fd >= 0)
        var length = root.utf8.count
        while length < 4_400 {
            #expect(mkdirat(fd, segment, 0o755) == 0)
            let next = openat(fd, segment, O_RDONLY | O_DIRECTORY)
            close(fd)
            try #require(next >= 0)
            fd = next
            length += segment.utf8.count + 1
        }
        let file = openat(fd, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        close(fd)
        try #require(file >= 0)
        let bytes = Array(text.utf8)
        #expect(write(file, bytes, bytes.count) == bytes.count)
        close(file)
        return length + "/deep.txt".utf8.count
    }

    @Test func anOverlongPathIsIndexedOrReported() throws {
        let fixture = try LibraryFixture()
        try fixture.write("shallow.txt", title: "Ferry timetable changes", body: LibraryFixture.filler)
        let length = try makeDeepFile(under: fixture.root, text: "Deep folder notice\n\n" + LibraryFixture.filler.joined(separator: "\n\n"))
        #expect(length > Int(PATH_MAX))
        let summary = try Indexer().run(try fixture.open())
        #expect(summary.added >= 1)
        // Either read (by descriptor) or named as unreadable: never silently left out.
        #expect(summary.added + summary.unreadable.count == 2, "added \(summary.added), unreadable \(summary.unreadable)")
        if summary.added == 1 { #expect(summary.unreadable.contains { $0.contains("ddd") }) }
    }
}
