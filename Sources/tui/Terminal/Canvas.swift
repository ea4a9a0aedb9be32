/// What one window shows: lines of styled spans, already sanitized and clipped to `width`.
/// Screens build canvases; only the driver turns them into curses calls.
struct Canvas: Equatable, Sendable {
    /// A run of text in one style.
    struct Span: Equatable, Sendable {
        var text: String
        var role: StyleRole
        init(_ text: String, _ role: StyleRole) {
            self.text = text
            self.role = role
        }
    }

    let width: Int
    let height: Int
    var background: StyleRole
    private(set) var lines: [[Span]]

    init(width: Int, height: Int, background: StyleRole = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.background = background
        self.lines = Array(repeating: [], count: max(0, height))
    }

    /// Sets a row; spans are sanitized and clipped so the row never exceeds `width` columns.
    /// With `fill`, the rest of the row is padded in that role (selection bars, headers).
    mutating func set(_ row: Int, _ spans: [Span], fill: StyleRole? = nil) {
        guard row >= 0 && row < height else { return }
        var out: [Span] = []
        var used = 0
        for span in spans {
            let room = width - used
            guard room > 0 else { break }
            let text = TextWrap.clip(span.text, width: room)
            guard !text.isEmpty else { continue }
            used += DisplayWidth.of(text)
            out.append(Span(text, span.role))
        }
        if let fill, used < width { out.append(Span(String(repeating: " ", count: width - used), fill)) }
        lines[row] = out
    }

    /// The rows as plain text, each padded to `width` (for tests and the recording driver).
    var plainLines: [String] {
        lines.map { spans in
            let text = spans.map(\.text).joined()
            return text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        }
    }
}
