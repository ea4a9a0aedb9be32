import Foundation
import ReaderModel
import Testing
@testable import tui

@Suite struct FrameTests {
    static func frame(_ state: ViewState, columns: Int = 120, rows: Int = 30) throws -> Frame {
        let layout = PaneLayout(columns: columns, rows: rows, sidebar: state.sidebar, focus: state.focus)
        return Frame(state: state, layout: layout, documents: Fixtures.documents, index: Fixtures.index, keyMap: try KeyMap(),
                     readerText: { ReaderText(document: Fixtures.documents[$0], width: layout.readerTextWidth) },
                     entityRows: { EntityRow.rows(document: $0, index: Fixtures.index) })
    }

    @Test func fullFrameOnARecordingDriver() throws {
        let driver = RecordingDriver(columns: 120, rows: 30)
        let painter = Painter(driver: driver)
        var state = ViewState.initial(documentCount: Fixtures.documents.count)
        state.selectedEntity = 0
        painter.paint(try Self.frame(state), force: true)
        let lines = driver.screenLines
        #expect(lines[0].contains("Articles 1/4"))
        #expect(lines[0].contains("Harbour council approves new ferry line"))
        #expect(lines[0].contains("Entities (3)"))
        #expect(lines[1].contains("▶ Harbour council"))
        #expect(lines[2].contains("The Coastal Ledger · 2025-03"))
        #expect(driver.screen.contains("By Mara Quill · 2025-03-02 · The Coastal Ledger"))
        #expect(driver.screen.contains("People (1)"))
        #expect(driver.screen.contains("Places (2)"))
        #expect(lines[28].contains("[Articles] article 1/4 · Ada Brenn: 4 mentions"))
        #expect(lines[29].contains("? help"))
        #expect(lines.allSatisfy { $0.count == 120 })
        // The selected entity's mentions are highlighted in the reader.
        let row = lines.firstIndex { $0.contains("Councillor Ada Brenn") }!
        let column = Array(lines[row]).firstIndex(of: "A")!
        #expect(driver.roles[row][column] == .selectedMention)
        #expect(driver.frames.last!.count == 7)  // 3 panes, 2 separators, status, hint
    }

    @Test func onlyChangedWindowsAreRedrawn() throws {
        let driver = RecordingDriver(columns: 120, rows: 30)
        let painter = Painter(driver: driver)
        var state = ViewState.initial(documentCount: Fixtures.documents.count)
        painter.paint(try Self.frame(state), force: true)
        state.articleCursor = 1
        painter.paint(try Self.frame(state))
        #expect(Set(driver.frames.last!) == ["articles"])
        state.focus = .reader
        painter.paint(try Self.frame(state))
        #expect(Set(driver.frames.last!) == ["articles", "reader", "status"])
    }

    @Test func tooSmallTerminalShowsAPlainMessage() throws {
        let driver = RecordingDriver(columns: 24, rows: 6)
        Painter(driver: driver).paint(try Self.frame(ViewState.initial(documentCount: 4), columns: 24, rows: 6), force: true)
        #expect(driver.screen.contains("Terminal too small"))
    }

    @Test func helpOverlayListsLiveBindings() throws {
        var state = ViewState.initial(documentCount: 4)
        state.overlay = .help(scroll: 0)
        let driver = RecordingDriver(columns: 120, rows: 40)
        Painter(driver: driver).paint(try Self.frame(state, rows: 40), force: true)
        #expect(driver.screen.contains("next mention of the selected entity"))
        #expect(driver.screen.contains("Ctrl-d"))
    }

    @Test func wideTextStaysInsideItsPane() throws {
        var docs = Fixtures.documents
        docs[0].paragraphs = ["東京で会議が開かれた。参加者は😀😀と笑った。Здравствуйте, mir. Cafe\u{301}\u{1B}[31m!"]
        let layout = PaneLayout(columns: 100, rows: 20, sidebar: nil, focus: .reader)
        let frame = Frame(state: .initial(documentCount: 4), layout: layout, documents: docs, index: EntityIndex(), keyMap: try KeyMap(),
                          readerText: { ReaderText(document: docs[$0], width: layout.readerTextWidth) }, entityRows: { _ in [] })
        for window in frame.windows {
            for line in window.canvas.lines {
                #expect(line.reduce(0) { $0 + DisplayWidth.of($1.text) } <= window.rect.width)
                #expect(!line.contains { $0.text.contains("\u{1B}") })
            }
        }
    }

    @Test func appExportsWithoutOverwriting() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let driver = RecordingDriver(columns: 120, rows: 30)
        let app = ReaderApp(driver: driver, corpus: Fixtures.corpus, keyMap: try KeyMap(), exportDirectory: dir)
        for key: Key in [.char("e"), .char("m"), .char("e"), .char("m")] { app.handle(.key(key)) }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files == ["harbour-council-approves-new-ferry-line-2.md", "harbour-council-approves-new-ferry-line.md"])
        #expect(app.state.message?.contains("-2.md") == true)
        #expect(driver.screen.contains("exported harbour-council-approves-new-ferry-line-2.md to"))
        #expect(app.handle(.key(.char("q"))) == false)
    }
}

@Suite struct SeedReadingTests {
    static let seedsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsPath)))
    func seedsRenderWithinTheirPanes() throws {
        let loaded = ArticleLoader().loadAll([Self.seedsPath])
        let corpus = Corpus(articles: loaded.articles)
        #expect(corpus.documents.count >= 5)
        let driver = RecordingDriver(columns: 160, rows: 45)
        let app = ReaderApp(driver: driver, corpus: corpus, keyMap: try KeyMap(), exportDirectory: "/tmp")
        app.handle(.key(.char("j")))
        #expect(driver.screenLines.allSatisfy { $0.count <= 160 })
        #expect(driver.screen.contains("Articles 2/"))
    }
}
