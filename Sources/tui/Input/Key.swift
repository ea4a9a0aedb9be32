/// A key press, decoded from curses input or named in a config file.
enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case tab, backTab, enter, escape, backspace
    case up, down, left, right, pageUp, pageDown, home, end

    /// Parses a config name: "q", "Ctrl-d", "C-d", "^D", "Tab", "S-Tab", "Enter", "Esc", "Space", "PgDn", "Up"...
    init?(name: String) {
        let lower = name.lowercased()
        switch lower {
        case "tab": self = .tab
        case "s-tab", "shift-tab", "backtab": self = .backTab
        case "enter", "return", "ret": self = .enter
        case "esc", "escape": self = .escape
        case "backspace", "bs": self = .backspace
        case "space": self = .char(" ")
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup", "page-up": self = .pageUp
        case "pgdn", "pagedown", "page-down": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        default:
            for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
                self = .ctrl(lower.last!)
                return
            }
            guard name.count == 1, let c = name.first else { return nil }
            self = .char(c)
        }
    }

    /// How the help overlay and hints name the key.
    var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c)"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        }
    }
}

/// What the terminal reported: a key, a mouse event, a resize, or a signal to stop.
enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize
    case interrupted
}

/// A mouse event in screen cells.
struct MouseEvent: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case wheelUp, wheelDown, click }
    var kind: Kind
    var x: Int
    var y: Int
}
