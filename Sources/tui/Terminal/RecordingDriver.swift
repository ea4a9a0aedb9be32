/// A terminal in memory for tests: keeps a character grid and which windows each frame drew.
final class RecordingDriver: TerminalDriver {
    private(set) var columns: Int
    private(set) var rows: Int
    /// The screen as text, one string per row.
    private(set) var grid: [[Character]]
    /// Window names drawn in each frame.
    private(set) var frames: [[String]] = []
    /// Roles drawn at each cell, for colour assertions.
    private(set) var roles: [[StyleRole?]]
    var pendingEvents: [InputEvent] = []
    private(set) var isShutDown = false

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        grid = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        roles = Array(repeating: Array(repeating: nil, count: columns), count: rows)
    }

    var size: (columns: Int, rows: Int) { (columns, rows) }

    func resize(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        grid = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        roles = Array(repeating: Array(repeating: nil, count: columns), count: rows)
        pendingEvents.append(.resize)
    }

    /// The last timeout the app asked for.
    private(set) var inputTimeout = 500

    func setInputTimeout(milliseconds: Int) { inputTimeout = milliseconds }

    func beginFrame(clear: Bool) {
        frames.append([])
        if clear {
            grid = Array(repeating: Array(repeating: " ", count: columns), count: rows)
            roles = Array(repeating: Array(repeating: nil, count: columns), count: rows)
        }
    }

    func draw(_ canvas: Canvas, in slot: String, at rect: PaneLayout.Rect) {
        if frames.isEmpty { frames.append([]) }
        frames[frames.count - 1].append(slot)
        for (dy, spans) in canvas.lines.enumerated() where rect.y + dy < rows {
            let y = rect.y + dy
            for x in rect.x..<min(columns, rect.x + rect.width) { grid[y][x] = " "; roles[y][x] = canvas.background }
            var x = rect.x
            for span in spans {
                for ch in span.text {
                    let w = DisplayWidth.of(String(ch))
                    guard x + w <= min(columns, rect.x + rect.width) else { break }
                    grid[y][x] = ch
                    roles[y][x] = span.role
                    // A wide character covers the next cell too.
                    if w == 2 { grid[y][x + 1] = "\u{0}"; roles[y][x + 1] = span.role }
                    x += w
                }
            }
        }
    }

    func endFrame() {}

    func nextEvent() -> InputEvent? { pendingEvents.isEmpty ? .interrupted : pendingEvents.removeFirst() }

    func shutdown() { isShutDown = true }

    /// The screen as lines of text (wide characters' second cells dropped).
    var screenLines: [String] { grid.map { String($0.filter { $0 != "\u{0}" }) } }
    var screen: String { screenLines.joined(separator: "\n") }
}
