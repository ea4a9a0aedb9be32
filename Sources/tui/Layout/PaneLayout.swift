/// Where each pane goes for a terminal size: pure arithmetic, no curses.
struct PaneLayout: Equatable, Sendable {
    /// A rectangle in terminal cells.
    struct Rect: Equatable, Sendable {
        var x: Int, y: Int, width: Int, height: Int
        func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
        func overlaps(_ other: Rect) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    /// How many panes fit side by side.
    enum Mode: Equatable, Sendable {
        /// articles | reader | entities
        case wide
        /// one side pane (articles, or entities when shown) | reader
        case folded
        /// only the focused pane
        case single
        /// below the usable minimum: a plain message instead
        case tooSmall
    }

    static let wideMinimum = 100
    static let foldedMinimum = 60
    static let minimumColumns = 30
    static let minimumRows = 8

    var mode: Mode
    var columns: Int
    var rows: Int
    /// Visible panes and their rectangles, left to right.
    var panes: [(pane: Pane, rect: Rect)]
    /// Columns where a vertical separator goes (full pane height).
    var separators: [Int]
    var status: Rect
    var hint: Rect

    static func == (a: PaneLayout, b: PaneLayout) -> Bool {
        a.mode == b.mode && a.columns == b.columns && a.rows == b.rows && a.separators == b.separators
            && a.panes.map(\.pane) == b.panes.map(\.pane) && a.panes.map(\.rect) == b.panes.map(\.rect)
    }

    /// - Parameters:
    ///   - sidebar: the user's sidebar toggle (nil: automatic, shown when wide).
    ///   - focus: in narrower modes the focused pane decides what is shown.
    init(columns: Int, rows: Int, sidebar: Bool?, focus: Pane) {
        self.columns = columns
        self.rows = rows
        let paneHeight = rows - 2
        status = Rect(x: 0, y: rows - 2, width: columns, height: 1)
        hint = Rect(x: 0, y: rows - 1, width: columns, height: 1)
        separators = []
        panes = []
        if columns < Self.minimumColumns || rows < Self.minimumRows {
            mode = .tooSmall
            return
        }
        if columns >= Self.wideMinimum && sidebar != false {
            mode = .wide
            let list = min(40, max(24, columns * 26 / 100))
            let side = min(36, max(24, columns * 22 / 100))
            let reader = columns - list - side - 2
            panes = [
                (.articles, Rect(x: 0, y: 0, width: list, height: paneHeight)),
                (.reader, Rect(x: list + 1, y: 0, width: reader, height: paneHeight)),
                (.entities, Rect(x: list + reader + 2, y: 0, width: side, height: paneHeight)),
            ]
            separators = [list, list + 1 + reader]
        } else if columns >= Self.foldedMinimum {
            mode = .folded
            // The sidebar folds away; it takes the list's place when focused or toggled on.
            let left: Pane = focus == .entities || (sidebar == true && focus != .articles) ? .entities : .articles
            let leftWidth = min(34, max(22, columns * 30 / 100))
            panes = [
                (left, Rect(x: 0, y: 0, width: leftWidth, height: paneHeight)),
                (.reader, Rect(x: leftWidth + 1, y: 0, width: columns - leftWidth - 1, height: paneHeight)),
            ]
            separators = [leftWidth]
        } else {
            mode = .single
            panes = [(focus, Rect(x: 0, y: 0, width: columns, height: paneHeight))]
        }
    }

    /// The rectangle of a pane when it is visible.
    func rect(of pane: Pane) -> Rect? { panes.first { $0.pane == pane }?.rect }

    /// The pane under a screen cell.
    func pane(atX x: Int, y: Int) -> Pane? { panes.first { $0.rect.contains(x: x, y: y) }?.pane }

    /// Reader text width for a given layout (the reader keeps one column of margin each side).
    var readerTextWidth: Int { max(10, (rect(of: .reader)?.width ?? max(columns, 12)) - 2) }
}
