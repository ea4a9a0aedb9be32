import Foundation
import ReaderModel

/// The event loop: input → action → reduce → effects → paint. Owns no curses calls itself.
final class ReaderApp {
    private let driver: TerminalDriver
    private let painter: Painter
    private let documents: [Document]
    private var index: EntityIndex
    private let keyMap: KeyMap
    private let exportDirectory: String
    private(set) var state: ViewState
    private var layout: PaneLayout
    private var readerCache: [Int: ReaderText] = [:]
    private var readerCacheWidth = 0
    private var entityCache: [Int: [EntityRow]] = [:]

    init(driver: TerminalDriver, corpus: Corpus, keyMap: KeyMap, exportDirectory: String, message: String? = nil) {
        self.driver = driver
        self.painter = Painter(driver: driver)
        self.documents = corpus.documents
        self.index = corpus.index
        self.keyMap = keyMap
        self.exportDirectory = exportDirectory
        var state = ViewState.initial(documentCount: corpus.documents.count)
        state.message = message
        self.state = state
        let size = driver.size
        layout = PaneLayout(columns: size.columns, rows: size.rows, sidebar: state.sidebar, focus: state.focus)
    }

    /// Shows the corpus at once; `run` continues from there.
    func paintFirstFrame() {
        paint(force: true)
    }

    /// Entities found after the first paint (recognition is the slow part of startup).
    func attach(index: EntityIndex, message: String?) {
        self.index = index
        entityCache = [:]
        state.message = message
        if let open = state.openArticle {
            state.entityCursor = entityRows(open).firstIndex { $0.entityID != nil } ?? 0
        }
        paint(force: false)
    }

    /// Runs until the user quits or a signal arrives.
    func run() {
        paint(force: false)
        while true {
            // nil: a read timeout or ignored input; the driver reports a lost terminal as .interrupted.
            guard let event = driver.nextEvent() else { continue }
            if handle(event) == false { return }
        }
    }

    /// Applies one input event; returns false when the app should exit.
    @discardableResult
    func handle(_ event: InputEvent) -> Bool {
        var force = false
        if event == .resize {
            relayout()
            force = true
        }
        guard let action = keyMap.action(for: event, mode: state.inputMode, layout: layout) else { return true }
        let (next, effects) = reduce(state, action, context)
        state = next
        relayout()
        for effect in effects {
            switch effect {
            case .quit: return false
            case .redraw: force = true
            case .export(let document, let format): export(document, as: format)
            }
        }
        paint(force: force)
        return true
    }

    private var context: ReduceContext {
        ReduceContext(documents: documents, index: index, layout: layout, readerText: { [unowned self] in readerText($0) },
                      entityRows: { [unowned self] in entityRows($0) })
    }

    private func relayout() {
        let size = driver.size
        layout = PaneLayout(columns: size.columns, rows: size.rows, sidebar: state.sidebar, focus: state.focus)
        // The state's scroll offsets were computed for the old size: clamp them.
        if layout.readerTextWidth != readerCacheWidth {
            readerCache = [:]
            readerCacheWidth = layout.readerTextWidth
            state = reduce(state, .resize(columns: size.columns, rows: size.rows), context).0
        }
    }

    private func readerText(_ document: Int) -> ReaderText {
        if readerCacheWidth != layout.readerTextWidth { readerCache = [:]; readerCacheWidth = layout.readerTextWidth }
        if let cached = readerCache[document] { return cached }
        let text = ReaderText(document: documents[document], width: layout.readerTextWidth)
        readerCache[document] = text
        return text
    }

    private func entityRows(_ document: Int) -> [EntityRow] {
        if let cached = entityCache[document] { return cached }
        let rows = EntityRow.rows(document: document, index: index)
        entityCache[document] = rows
        return rows
    }

    private func paint(force: Bool) {
        let frame = Frame(state: state, layout: layout, documents: documents, index: index, keyMap: keyMap,
                          readerText: readerText, entityRows: entityRows)
        painter.paint(frame, force: force)
    }

    private func export(_ document: Int, as format: ExportFormat) {
        let message: String
        do {
            try FileManager.default.createDirectory(atPath: exportDirectory, withIntermediateDirectories: true)
            // Exporter.writeFresh claims a new name atomically: an existing file is never replaced.
            let path = try Exporter.writeFresh(documents[document], as: format, in: exportDirectory)
            let name = (path as NSString).lastPathComponent
            message = "exported \(name) to \((path as NSString).deletingLastPathComponent)"
        } catch {
            message = "export failed: \(error)"
        }
        state = reduce(state, .exportFinished(message), context).0
    }
}
