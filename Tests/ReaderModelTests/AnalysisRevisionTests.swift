import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// An index analysed by another revision of lede is analysed again, unchanged files included, so
/// a better cleaner reaches the articles indexed before it; then it is left alone again.
@Suite struct AnalysisRevisionTests {
    @Test func anIndexFromAnotherRevisionIsCleanedAgainOnce() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Ferry timetable changes", body: LibraryFixture.filler)
        try fixture.write("b.txt", title: "Orchard harvest comes early", body: LibraryFixture.filler)
        let index = try fixture.open()
        #expect(try Indexer().run(index).added == 2)
        #expect(try index.analysisRevision() == AnalysisRevision.current)

        // As an older lede would have left it: another revision, a title its cleaner got wrong.
        try index.writing { db in
            try db.execute(sql: "UPDATE library_meta SET value = 'older' WHERE key = ?", arguments: [AnalysisRevision.metaKey])
            try db.execute(sql: "UPDATE article SET title = 'Skip to content' WHERE path LIKE '%a.txt'")
        }
        let again = try Indexer().run(index)
        #expect(again.updated == 2 && again.unchanged == 0 && again.touched == 0)
        #expect(again.reanalysed && again.line.contains("cleaned again"))
        #expect(try index.rows().compactMap(\.title).sorted() == ["Ferry timetable changes", "Orchard harvest comes early"])
        #expect(try index.analysisRevision() == AnalysisRevision.current)
        let after = try Indexer().run(index)
        #expect(after.unchanged == 2 && !after.reanalysed)
    }

    @Test func anIndexWithoutARecordedRevisionIsCleanedAgain() throws {
        let fixture = try LibraryFixture()
        try fixture.write("a.txt", title: "Ferry timetable changes", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        try index.writing { try $0.execute(sql: "DELETE FROM library_meta WHERE key = ?", arguments: [AnalysisRevision.metaKey]) }
        #expect(try Indexer().run(index).updated == 1)
        #expect(try Indexer().run(index).unchanged == 1)
    }
}
