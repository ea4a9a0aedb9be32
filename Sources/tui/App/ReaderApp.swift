import Foundation
import ReaderModel

/// The event loop: input → action → reduce → effects → paint. Owns no curses calls itself.
final class ReaderApp {
    private let driver: TerminalDriver
    private let painter: Painter
    private let source: ArticleSource
    private var index: EntityCatalog
    private let keyMap: KeyMap
    private let exportDirectory: String
    private(set) var state: ViewState
    private var layout: PaneLayout
    /// The list the state's positions refer to (the source's list changes only through `pollSource`).
    private var shownArticles: [ArticleSummary] = []
    private var readerCache: [Int: ReaderText] = [:]
    private var readerCacheWidth = 0
    private var entityCache: [Int: [EntityRow]] = [:]
    private lazy var passages = PassageProvider(source: source)
    /// The folded ranges each cached reader text was laid out with (`f` and new read marks change them).
    private var readerCacheFolds: [Int: [DocumentField: [Range<Int>]]] = [:]

    /// Polling interval while the source works in the background, and the idle one (signals, resize).
    static let busyTimeout = 100, idleTimeout = 500

    convenience init(driver: TerminalDriver, corpus: Corpus, keyMap: KeyMap, exportDirectory: String, message: String? = nil) {
        self.init(driver: driver, source: CorpusSource(documents: corpus.documents), index: corpus.index, keyMap: keyMap,
                  exportDirectory: exportDirectory, message: message)
    }

    init(driver: TerminalDriver, source: ArticleSource, index: EntityCatalog = EntityIndex(), keyMap: KeyMap,
         exportDirectory: String, message: String? = nil) {
        self.driver = driver
        self.painter = Painter(driver: driver)
        self.source = source
        self.index = index
        self.keyMap = keyMap
        self.exportDirectory = exportDirectory
        var state = ViewState.initial(documentCount: source.summaries.count)
        state.read.formUnion(source.readPositions)
        if let open = state.openArticle { source.markRead(open) }
        state.message = message
        // (While only the list's first page is read the source is busy with that: indexing shows from the first poll.)
        if source.isBusy, !source.isListPartial { state.progress = ProgressText.render(nil) }
        self.state = state
        let size = driver.size
        layout = PaneLayout(columns: size.columns, rows: size.rows, sidebar: state.sidebar, focus: state.focus)
        shownArticles = source.summaries
    }

    /// Shows the corpus at once; `run` continues from there.
    func paintFirstFrame() {
        paint(force: true)
    }

    /// Entities found after the first paint (recognition is the slow part of startup).
    func attach(index: EntityCatalog, message: String?) {
        self.index = index
        entityCache = [:]
        // Entity ids of a rebuilt index may be new: a selection from the old one would point elsewhere.
        if state.selectedEntity.map({ index.entityInfo($0) == nil }) ?? false { state.selectedEntity = nil; state.mention = nil }
        if let message { state.message = message }
        if let open = state.openArticle {
            state.entityCursor = entityRows(open).firstIndex { $0.entityID != nil } ?? 0
        }
        paint(force: false)
    }

    /// Runs until the user quits or a signal arrives.
    func run() {
        paint(force: false)
        pollSource()  // the source starts its background work once the first frame is out
        defer { source.close() }
        while true {
            driver.setInputTimeout(milliseconds: source.isBusy ? Self.busyTimeout : Self.idleTimeout)
            // nil: a read timeout or ignored input; the driver reports a lost terminal as .interrupted.
            let event = driver.nextEvent()
            pollSource()
            guard let event else { continue }
            var running = handle(event, paints: false)
            // A paste arrives as hundreds of keys at once: apply every key already waiting, then
            // paint once (a 2,000-character paste into / painted 2,000 frames: 5.5 s).
            driver.setInputTimeout(milliseconds: 0)
            var drained = 0
            while running, drained < Self.maxKeysPerFrame, let more = driver.nextEvent() {
                running = handle(more, paints: false)
                drained += 1
            }
            guard running else { return }
            paint(force: repaintForced)
            repaintForced = false
        }
    }

    /// Keys applied before a frame is painted when input keeps arriving.
    static let maxKeysPerFrame = 4096
    /// Set by an event that needs a full repaint until the next paint happens.
    private var repaintForced = false

    /// Folds background work (indexing progress, a refreshed list, entities) into the state and repaints.
    /// Called after every input wait, so progress shows within the busy timeout.
    func pollSource() {
        guard let update = source.poll() else { return }
        let before = state
        if update.listChanged {
            // `old` is what the state's positions refer to: the list as last painted.
            state = state.refreshed(from: shownArticles, to: source.summaries, read: source.readPositions)
            shownArticles = source.summaries
            readerCache = [:]
            entityCache = [:]
            passages.invalidate()
            state = reduce(state, .resize(columns: layout.columns, rows: layout.rows), context).0
            if let open = state.openArticle { source.markRead(open); state.read.insert(open) }
            if state.stories != nil { groupStories() }  // the stories' positions were the old list's
        }
        state.progress = update.progress
        // Appended, not replacing: a startup message (a moved-aside index) must not vanish when indexing ends.
        if let message = update.message { state.message = [state.message, message].compactMap { $0 }.joined(separator: "; ") }
        if let entities = update.entities {
            attach(index: entities, message: nil)
            return
        }
        if state != before || update.listChanged { paint(force: false) }
    }

    /// Applies one input event and, when `paints`, shows the result; returns false when the app should exit.
    @discardableResult
    func handle(_ event: InputEvent, paints: Bool = true) -> Bool {
        // Only the first screenful was read before the first paint: keys act on the whole list.
        if source.isListPartial { source.settleList(); pollSource() }
        if event == .resize {
            relayout()
            repaintForced = true
        }
        guard let action = keyMap.action(for: event, mode: state.inputMode, layout: layout) else { return true }
        let (next, effects) = reduce(state, action, context)
        let folding = state.foldsSeenPassages
        state = next
        // Folding changed the open article's lines: clamp the scroll to the new layout.
        if state.foldsSeenPassages != folding { state = reduce(state, .resize(columns: layout.columns, rows: layout.rows), context).0 }
        if let open = state.openArticle { source.markRead(open) }
        relayout()
        for effect in effects {
            switch effect {
            case .quit: return false
            case .redraw: repaintForced = true
            case .export(let document, let format): export(document, as: format)
            case .fetchFeeds:
                let answer = (source as? LibrarySource)?.startFetch() ?? "r fetches feeds in a library folder (lede with no argument)"
                state = reduce(state, .message(answer), context).0
            case .filterByFeed:
                let answer = (source as? LibrarySource)?.cycleFeedFilter() ?? "F filters a library folder's list by feed"
                state = reduce(state, .message(answer), context).0
                pollSource()  // the filtered list, at once
            case .groupStories: groupStories()
            }
        }
        if paints {
            paint(force: repaintForced)
            repaintForced = false
        }
        return true
    }

    private var context: ReduceContext {
        ReduceContext(articles: shownArticles, document: { [unowned self] in source.document(at: $0) },
                      searchArticles: { [unowned self] in source.search($0) }, index: index, layout: layout, readerText: { [unowned self] in readerText($0) },
                      entityRows: { [unowned self] in entityRows($0) }, passages: { [unowned self] in passages.report(at: $0, stories: state.stories) })
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
        let folded = state.foldsSeenPassages ? passages.report(at: document, stories: state.stories)?.foldedRanges(read: state.read) ?? [:] : [:]
        if let cached = readerCache[document], readerCacheFolds[document] ?? [:] == folded { return cached }
        let text = ReaderText(document: source.document(at: document) ?? .missing, width: layout.readerTextWidth, folded: folded)
        readerCache[document] = text
        readerCacheFolds[document] = folded
        return text
    }

    private func entityRows(_ document: Int) -> [EntityRow] {
        if let cached = entityCache[document] { return cached }
        let rows = EntityRow.rows(document: document, index: index)
        entityCache[document] = rows
        return rows
    }

    private func paint(force: Bool) {
        let frame = Frame(state: state, layout: layout, articles: shownArticles, document: { [unowned self] in source.document(at: $0) },
                          index: index, keyMap: keyMap,
                          readerText: readerText, entityRows: entityRows,
                          articleTotal: source.isListPartial ? source.articleTotal : nil,
                          passages: { [unowned self] in passages.report(at: $0, stories: state.stories) })
        painter.paint(frame, force: force)
    }

    /// Groups the shown list by story and hands the grouping to the reducer.
    private func groupStories() {
        guard let stories = (source as? StorySource)?.stories() else {
            state = reduce(state, .message("stories are not available for this list"), context).0
            return
        }
        let articles = shownArticles.map { StoryListing.Article(file: $0.path, title: $0.title, derivedTitle: $0.derivedTitle, published: $0.published) }
        state = reduce(state, .storiesGrouped(StoryGrouping(stories: stories, articles: articles)), context).0
    }

    private func export(_ document: Int, as format: ExportFormat) {
        let message: String
        do {
            try FileManager.default.createDirectory(atPath: exportDirectory, withIntermediateDirectories: true)
            // Exporter.writeFresh claims a new name atomically: an existing file is never replaced.
            guard let loaded = source.document(at: document) else { throw ExportUnavailable() }
            let path = try Exporter.writeFresh(loaded, as: format, in: exportDirectory)
            let name = (path as NSString).lastPathComponent
            message = "exported \(name) to \((path as NSString).deletingLastPathComponent)"
        } catch {
            message = "export failed: \(error)"
        }
        state = reduce(state, .exportFinished(message), context).0
    }
}

/// The open article's document could not be loaded for export.
private struct ExportUnavailable: Error, CustomStringConvertible {
    var description: String { "the article could not be loaded from the index" }
}
