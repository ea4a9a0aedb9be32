import Foundation
import ReaderModel
import Testing
@testable import tui

/// Issue 13, scale: the reader paints the first page of a big list at once and reads the rest after
/// the first paint; every key acts on the whole list, and the count is the whole list's from the start.
@Suite struct PagedListTests {
    /// An indexed library of `count` short articles named 00.txt, 01.txt...
    private func library(_ count: Int) throws -> (LibraryIndex, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-paged-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/lib", withIntermediateDirectories: true)
        for n in 0..<count {
            try "Tide table for jetty \(n)\n\nThe harbour office posted the tide times for jetty \(n) on the board by the slipway.\n\nBoats should keep clear of the dredger working near buoy \(n).\n"
                .write(toFile: String(format: "\(dir)/lib/%02d.txt", n), atomically: true, encoding: .utf8)
        }
        try "Dredger schedule\n\nThe quartermaster said the dredger would finish the channel by the weekend.\n"
            .write(toFile: "\(dir)/lib/zz-dredger.txt", atomically: true, encoding: .utf8)
        let index = try LibraryIndex(library: dir + "/lib", indexPath: dir + "/index.sqlite")
        try Indexer().run(index)
        return (index, dir)
    }

    @Test func theFirstPageComesFirstAndTheRestOnPoll() throws {
        let (index, dir) = try library(11)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try index.rows(limit: 4).map(\.title) == (0..<4).map { "Tide table for jetty \($0)" })
        #expect(try index.articleCount() == 12)
        let source = try LibrarySource(index: index, indexing: false, entities: false, firstPage: 4)
        #expect(source.summaries.count == 4)
        #expect(source.isListPartial && source.isBusy)
        #expect(source.articleTotal == 12)
        source.settleList()
        let update = try #require(source.poll())
        #expect(update.listChanged)
        #expect(!source.isListPartial)
        #expect(source.summaries.count == 12 && source.articleTotal == 12)
        #expect(source.summaries.last?.title == "Dredger schedule")
        // A short list is read whole at once.
        let small = try LibrarySource(index: index, indexing: false, entities: false, firstPage: 50)
        #expect(!small.isListPartial && small.summaries.count == 12)
    }

    @Test func keysActOnTheWholeList() throws {
        let (index, dir) = try library(11)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = try LibrarySource(index: index, indexing: false, entities: false, firstPage: 4)
        let driver = RecordingDriver(columns: 120, rows: 30)
        let app = ReaderApp(driver: driver, source: source, keyMap: try KeyMap(), exportDirectory: NSTemporaryDirectory())
        app.paintFirstFrame()
        // The first paint shows the first page and the whole list's count.
        #expect(driver.screenLines[0].contains("Articles 1/12"), "\(driver.screenLines[0])")
        #expect(driver.screen.contains("Tide table for jetty 0"))
        // End goes to the last article of the whole list, not of the first page.
        app.handle(.key(.char("G")))
        #expect(app.state.articleCursor == 11)
        #expect(driver.screenLines[0].contains("Articles 12/12"))
        // Search finds an article beyond the first page.
        app.handle(.key(.char("g")))
        for key: Key in [.char("/")] + "quartermaster".map { Key.char($0) } + [.enter] { app.handle(.key(key)) }
        #expect(app.state.articleCursor == 11)
        source.close()
    }

    @Test func anIndexingRunReplacesAPendingRead() throws {
        let (index, dir) = try library(11)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Pilot boat on call\n\nThe pilot boat will be on call through the night while the dredger works.\n"
            .write(toFile: "\(dir)/lib/05a.txt", atomically: true, encoding: .utf8)
        let source = try LibrarySource(index: index, indexing: true, entities: false, firstPage: 4)
        let deadline = Date().addingTimeInterval(30)
        while source.isBusy && Date() < deadline {
            _ = source.poll()
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(!source.isListPartial)
        #expect(source.summaries.count == 13 && source.articleTotal == 13)
        #expect(source.summaries.contains { $0.title == "Pilot boat on call" })
    }
}
