import Foundation
import ReaderModel
import Testing
@testable import tui

/// The reader over a library index: progress text, list refreshes, read marks, FTS search, entities.
@Suite struct ArticleSourceTests {
    static func summaries(_ names: [String]) -> [ArticleSummary] {
        names.map { ArticleSummary(path: "/lib/\($0).txt", title: $0, publisher: nil, published: nil) }
    }

    @Test func progressTextShowsBarCountRateAndETA() {
        #expect(ProgressText.render(nil) == "indexing: scanning folder…")
        let text = ProgressText.render(IndexProgress(done: 250, total: 1000, elapsed: 1))
        #expect(text.hasPrefix("indexing [##--------] 250/1000 files"))
        #expect(text.contains("250/s"))
        #expect(text.contains("ETA 3s"))
    }

    @Test func refreshKeepsCursorAndOpenArticleOnTheirPaths() {
        var state = ViewState.initial(documentCount: 3)
        state.articleCursor = 1  // "c"
        state.openArticle = 2  // "d"
        state.readerScroll = 5
        let next = state.refreshed(from: Self.summaries(["a", "c", "d"]), to: Self.summaries(["a", "b", "c", "d"]), read: [0, 3])
        #expect(next.articleCursor == 2)
        #expect(next.openArticle == 3)
        #expect(next.readerScroll == 5)
        #expect(next.read == [0, 3])
    }

    @Test func refreshAfterTheOpenArticleWasDeleted() {
        var state = ViewState.initial(documentCount: 3)
        state.articleCursor = 2
        state.openArticle = 2
        state.search = ViewState.Search(pane: .articles, query: "x", editing: false, hits: [.article(2)], current: 0)
        let next = state.refreshed(from: Self.summaries(["a", "b", "c"]), to: Self.summaries(["a", "b"]), read: [])
        #expect(next.articleCursor == 1)
        #expect(next.openArticle == 1)
        #expect(next.readerScroll == 0)
        #expect(next.search == nil)
    }

    @Test func firstBatchOpensAnArticleInAnEmptyList() {
        let next = ViewState.initial(documentCount: 0).refreshed(from: [], to: Self.summaries(["a"]), read: [])
        #expect(next.openArticle == 0)
    }

    @Test func appFoldsProgressAndListChangesIntoTheScreen() throws {
        let source = FakeSource(summaries: Self.summaries(["a", "c"]))
        let driver = RecordingDriver(columns: 120, rows: 30)
        let app = ReaderApp(driver: driver, source: source, keyMap: try KeyMap(), exportDirectory: NSTemporaryDirectory())
        app.paintFirstFrame()
        #expect(app.state.progress == "indexing: scanning folder…")
        #expect(source.marked == [0])
        app.handle(.key(.char("j")))
        #expect(app.state.articleCursor == 1)
        source.next = SourceUpdate(progress: ProgressText.render(IndexProgress(done: 5, total: 10, elapsed: 1)))
        app.pollSource()
        #expect(driver.screenLines[28].contains("indexing [#####-----] 5/10 files"))
        source.summaries = Self.summaries(["a", "b", "c"])
        source.next = SourceUpdate(progress: nil, listChanged: true, message: "indexed")
        app.pollSource()
        #expect(app.state.articleCursor == 2)  // still on "c"
        #expect(app.state.progress == nil)
        #expect(driver.screenLines[0].contains("Articles 3/3"))
        #expect(driver.screenLines[28].contains("indexed"))
        // The list search goes to the source (FTS5 for a library) and starts at its best hit.
        source.ranked = [1, 0]
        for key: Key in [.char("/"), .char("b"), .enter] { app.handle(.key(key)) }
        #expect(app.state.articleCursor == 1)
        #expect(source.queries == ["b"])
    }

    @Test func overlayIsRedrawnWhenAPaneChangesUnderIt() throws {
        let source = FakeSource(summaries: Self.summaries(["a", "c"]))
        let driver = RecordingDriver(columns: 120, rows: 30)
        let app = ReaderApp(driver: driver, source: source, keyMap: try KeyMap(), exportDirectory: NSTemporaryDirectory())
        app.paintFirstFrame()
        app.handle(.key(.char("?")))
        source.summaries = Self.summaries(["a", "b", "c"])
        source.next = SourceUpdate(progress: nil, listChanged: true)
        app.pollSource()
        let last = try #require(driver.frames.last)
        #expect(last.contains("articles"))
        #expect(last.last == "help")
    }

    @Test func libraryIndexesInTheBackgroundAndKeepsReadMarks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-source-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/lib", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let stories = [
            ("01", "Harbour council backs a ferry to Little Skerry", "Councillor Ada Brenn said the boats would sail twice a day from June onwards."),
            ("02", "Fishermen weigh the winter timetable", "Ada Brenn promised to publish the storm figures before the autumn meeting."),
            ("03", "Rain expected along the coast", "Forecasters expect the showers to clear by Sunday afternoon with light winds."),
        ]
        for (name, title, body) in stories {
            try "\(title)\n\n\(body)\n\nThe harbour office will answer questions at the quay on Monday morning.\n"
                .write(toFile: "\(dir)/lib/\(name).txt", atomically: true, encoding: .utf8)
        }
        let library = try LibraryIndex(library: dir + "/lib", indexPath: dir + "/index.sqlite")
        let source = try LibrarySource(index: library)
        #expect(source.isBusy)
        var entities: EntityCatalog?
        var listChanged = false
        let deadline = Date().addingTimeInterval(30)
        while source.isBusy && Date() < deadline {
            if let update = source.poll() {
                listChanged = listChanged || update.listChanged
                entities = update.entities ?? entities
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(listChanged)
        #expect(source.summaries.map(\.title) == stories.map(\.1))
        let second = try #require(source.document(at: 1))
        #expect(second.fields.contains { second.text(of: $0).contains("storm figures") })
        #expect(source.search("storm figures") == [1])
        // Ada Brenn (a full name in both articles) is one entity, asked of the index by query.
        let catalog = try #require(entities)
        let brenn = try #require(catalog.documentEntities(0).first { $0.name == "Ada Brenn" })
        #expect(brenn.elsewhere == 1)
        #expect(catalog.documentEntities(1).contains { $0.id == brenn.id })
        let first = try #require(catalog.step(brenn.id, from: nil, near: 0, forward: true))
        #expect(first.mention.document == 0)
        let next = try #require(catalog.step(brenn.id, from: first.mention, near: 0, forward: true))
        #expect(next.mention.document == 1 && !next.wrapped)
        #expect(catalog.position(of: next.mention, entity: brenn.id) == "article 2/2, mention 1/1")
        let wrapped = try #require(catalog.step(brenn.id, from: next.mention, near: 0, forward: true))
        #expect(wrapped.mention == first.mention && wrapped.wrapped)

        source.markRead(2)
        source.close()
        let reopened = try LibrarySource(index: LibraryIndex(library: dir + "/lib", indexPath: dir + "/index.sqlite"), indexing: false)
        #expect(reopened.summaries.count == 3)  // warm: the list is there before any indexing
        #expect(reopened.readPositions == [2])
    }
}

/// A source driven by hand: the next update, ranked search results, read marks.
private final class FakeSource: ArticleSource {
    var summaries: [ArticleSummary]
    var readPositions: Set<Int> = []
    var next: SourceUpdate?
    var ranked: [Int] = []
    var queries: [String] = []
    var marked: [Int] = []

    init(summaries: [ArticleSummary]) { self.summaries = summaries }

    func document(at position: Int) -> Document? {
        summaries.indices.contains(position) ? Document(source: summaries[position].path, title: summaries[position].title, paragraphs: ["Text."]) : nil
    }
    func search(_ query: String) -> [Int]? { queries.append(query); return ranked }
    func markRead(_ position: Int) { if !marked.contains(position) { marked.append(position) } }
    func poll() -> SourceUpdate? { defer { next = nil }; return next }
    var isBusy: Bool { true }
    func close() {}
}

/// Issue 12, item 14: a long paste into `/` is applied as one frame and capped, not searched
/// and painted key by key.
@Test func pastedSearchTextPaintsOnceAndIsCapped() throws {
    let source = FakeSource(summaries: ArticleSourceTests.summaries(["a", "b", "c"]))
    let driver = RecordingDriver(columns: 120, rows: 30)
    let app = ReaderApp(driver: driver, source: source, keyMap: try KeyMap(), exportDirectory: NSTemporaryDirectory())
    app.paintFirstFrame()
    let before = driver.frames.count
    driver.pendingEvents = [.key(.char("/"))] + Array(repeating: InputEvent.key(.char("w")), count: 2_000) + [.key(.enter)]
    app.run()
    #expect(driver.frames.count - before < 10, "\(driver.frames.count - before) frames")
    #expect(app.state.search?.query.count == ViewState.Search.maxQueryLength)
}
