import Foundation
import ReaderModel
import Testing
@testable import tui

@Suite("lede index and search: which folder")
struct LibraryOptionsTests {
    @Test func onlyAnIndexMeansItsRecordedFolderNeverTheCurrentOne() throws {
        let base = NSTemporaryDirectory() + "lede-options-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/lib", withIntermediateDirectories: true)
        try "Ferry timetable changes\n\nThe last boat to the island now leaves at six in the evening.\n"
            .write(toFile: base + "/lib/a.txt", atomically: false, encoding: .utf8)
        let indexPath = base + "/lib.sqlite"
        #expect(throws: LibraryIndexError.noFolder(index: indexPath)) { try LibraryOptions.folder(nil, indexPath: indexPath) }
        try Indexer().run(try LibraryIndex(library: base + "/lib", indexPath: indexPath))
        #expect(try LibraryOptions.folder(nil, indexPath: indexPath) == base + "/lib")
        #expect(try LibraryOptions.folder("elsewhere", indexPath: indexPath) == "elsewhere")
        #expect(try LibraryOptions.folder(nil, indexPath: nil) == ".")
    }
}
