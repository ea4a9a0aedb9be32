/// The one-line key hint at the bottom, named from the live key map.
struct KeyHintLine {
    var keyMap: KeyMap
    var mode: KeyMap.Mode

    func render(width: Int) -> Canvas {
        var canvas = Canvas(width: width, height: 1, background: .hint)
        let text: String
        switch mode {
        case .searchEntry: text = " Enter search · Esc cancel · Backspace delete"
        case .exportPrompt: text = " m markdown · t text · j json · h html · Esc cancel"
        case .help: text = " j/k scroll · q/Esc/? close"
        case .pickList: text = " j/k move · Enter open · Esc close"
        case .normal:
            let items: [(Command, String)] = [(.focusNext, "pane"), (.down, "move"), (.open, "open"), (.nextMention, "mention"),
                                              (.search, "search"), (.export, "export"), (.toggleSidebar, "sidebar"), (.help, "help"), (.quit, "quit")]
            text = " " + items.compactMap { command, label in
                guard let key = keyMap.keys(for: command).first else { return nil }
                // Moving is a pair: show the up key beside the down key.
                let up = command == .down ? keyMap.keys(for: .up).first.map { "/" + $0.label } ?? "" : ""
                return "\(key.label)\(up) \(label)"
            }.joined(separator: "  ")
        }
        canvas.set(0, [.init(text, .hint)], fill: .hint)
        return canvas
    }
}
