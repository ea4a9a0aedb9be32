/// The `?` overlay, generated from the live key map so it always tells the truth.
struct HelpOverlay {
    var keyMap: KeyMap
    var scroll: Int

    /// One line per command that has keys: "keys   summary".
    var entries: [(keys: String, summary: String)] {
        Command.allCases.compactMap { command in
            let keys = keyMap.keys(for: command)
            guard !keys.isEmpty else { return nil }
            return (keys.map(\.label).joined(separator: " "), command.summary)
        }
    }

    /// The overlay's rectangle inside the screen.
    static func rect(columns: Int, rows: Int) -> PaneLayout.Rect {
        let width = min(columns - 2, 64)
        let height = min(rows - 2, Command.allCases.count + 2)
        return PaneLayout.Rect(x: max(0, (columns - width) / 2), y: max(0, (rows - 2 - height) / 2), width: max(1, width), height: max(1, height))
    }

    func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height, background: .overlay)
        let inner = max(0, width - 2)
        let title = "─ Keys (q/Esc/? closes, j/k scroll) "
        canvas.set(0, [.init("┌", .overlayTitle), .init(TextWrap.clip(title, width: inner, ellipsis: false), .overlayTitle),
                       .init(String(repeating: "─", count: max(0, inner - DisplayWidth.of(title))), .overlayTitle), .init("┐", .overlayTitle)])
        let all = entries
        let keyWidth = min(20, (all.map { DisplayWidth.of($0.keys) }.max() ?? 8) + 2)
        let body = max(0, height - 2)
        let start = min(scroll, max(0, all.count - body))
        for row in 0..<body {
            let entry = all.dropFirst(start).prefix(body).dropFirst(row).first
            let text = entry.map { " " + TextWrap.pad($0.keys, width: keyWidth) } ?? ""
            let summary = entry?.summary ?? ""
            let room = max(0, inner - DisplayWidth.of(text))
            canvas.set(row + 1, [.init("│", .overlayTitle), .init(text, .overlayTitle), .init(TextWrap.pad(summary, width: room), .overlay), .init("│", .overlayTitle)])
        }
        canvas.set(height - 1, [.init("└" + String(repeating: "─", count: inner) + "┘", .overlayTitle)])
        return canvas
    }
}
