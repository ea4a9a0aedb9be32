import ReaderModel

/// One screenful: every window's canvas for a state and layout. Pure.
struct Frame: Equatable {
    /// A window's name, place and content.
    struct Window: Equatable {
        var slot: String
        var rect: PaneLayout.Rect
        var canvas: Canvas
    }

    var windows: [Window]

    /// What the screen shows for `state`; `readerText` and `entityRows` come memoised from the app.
    init(state: ViewState, layout: PaneLayout, documents: [Document], index: EntityCatalog, keyMap: KeyMap,
         readerText: (Int) -> ReaderText, entityRows: (Int) -> [EntityRow]) {
        self.init(state: state, layout: layout, articles: documents.map(ArticleSummary.init),
                  document: { documents.indices.contains($0) ? documents[$0] : nil },
                  index: index, keyMap: keyMap, readerText: readerText, entityRows: entityRows)
    }

    /// What the screen shows for `state`; `document` loads the open article (lazily, from an index).
    /// `articleTotal`: the length of the whole list when `articles` is only its first page (still being read).
    init(state: ViewState, layout: PaneLayout, articles: [ArticleSummary], document: (Int) -> Document?, index: EntityCatalog,
         keyMap: KeyMap, readerText: (Int) -> ReaderText, entityRows: (Int) -> [EntityRow], articleTotal: Int? = nil,
         passages: (Int) -> PassageReport? = { _ in nil }) {
        windows = []
        let full = PaneLayout.Rect(x: 0, y: 0, width: layout.columns, height: layout.rows)
        if layout.mode == .tooSmall {
            var canvas = Canvas(width: full.width, height: full.height)
            let message = "Terminal too small (\(layout.columns)x\(layout.rows)); lede needs at least \(PaneLayout.minimumColumns)x\(PaneLayout.minimumRows). Enlarge it or press q."
            for (i, line) in TextWrap.wrap(message, width: max(1, full.width)).prefix(full.height).enumerated() {
                canvas.set(i, [.init(line, .normal)])
            }
            windows.append(Window(slot: "too-small", rect: full, canvas: canvas))
            return
        }
        for (pane, rect) in layout.panes {
            let focused = pane == state.focus
            let canvas: Canvas
            switch pane {
            case .articles:
                canvas = ArticleListPane(articles: articles, state: state, focused: focused, total: articleTotal).render(width: rect.width, height: rect.height)
            case .reader:
                let open = state.openArticle.flatMap { articles.indices.contains($0) ? $0 : nil }
                canvas = ReaderPane(document: open.map { document($0) ?? .missing }, documentIndex: open, text: open.map(readerText),
                                    index: index, state: state, focused: focused, passages: open.flatMap(passages))
                    .render(width: rect.width, height: rect.height)
            case .entities:
                canvas = EntityPane(rows: state.openArticle.map(entityRows) ?? [], state: state, focused: focused)
                    .render(width: rect.width, height: rect.height)
            }
            windows.append(Window(slot: pane.rawValue, rect: rect, canvas: canvas))
        }
        for (i, x) in layout.separators.enumerated() {
            var canvas = Canvas(width: 1, height: layout.rows - 2, background: .border)
            for row in 0..<canvas.height { canvas.set(row, [.init("│", .border)]) }
            windows.append(Window(slot: "separator-\(i)", rect: PaneLayout.Rect(x: x, y: 0, width: 1, height: layout.rows - 2), canvas: canvas))
        }
        windows.append(Window(slot: "status", rect: layout.status,
                              canvas: StatusLine(state: state, articleCount: articleTotal ?? articles.count, index: index,
                                                 newPercent: state.openArticle.flatMap(passages)?.newPercent).render(width: layout.columns)))
        windows.append(Window(slot: "hint", rect: layout.hint, canvas: KeyHintLine(keyMap: keyMap, mode: state.inputMode).render(width: layout.columns)))
        if case .help(let scroll) = state.overlay {
            let rect = HelpOverlay.rect(columns: layout.columns, rows: layout.rows)
            windows.append(Window(slot: "help", rect: rect, canvas: HelpOverlay(keyMap: keyMap, scroll: scroll).render(width: rect.width, height: rect.height)))
        }
        switch state.overlay {
        case .timeline(_, let list):
            let pickRect = PickListOverlay.rect(columns: layout.columns, rows: layout.rows, itemCount: list.items.count)
            windows.append(Window(slot: "timeline", rect: pickRect, canvas: PickListOverlay(timeline: list).render(width: pickRect.width, height: pickRect.height)))
        case .related(let list):
            let pickRect = PickListOverlay.rect(columns: layout.columns, rows: layout.rows, itemCount: list.items.count)
            windows.append(Window(slot: "related", rect: pickRect,
                                  canvas: PickListOverlay(related: list, articles: articles).render(width: pickRect.width, height: pickRect.height)))
        default: break
        }
    }
}

extension Frame {
    /// A blank screen with a status message, shown before the corpus is ready.
    static func loading(_ message: String, size: (columns: Int, rows: Int)) -> Frame {
        var canvas = Canvas(width: size.columns, height: 1, background: .status)
        canvas.set(0, [.init(" " + message, .status)], fill: .status)
        return Frame(windows: [Window(slot: "status", rect: PaneLayout.Rect(x: 0, y: max(0, size.rows - 2), width: size.columns, height: 1), canvas: canvas)])
    }

    init(windows: [Window]) { self.windows = windows }
}
