import ReaderModel

/// Key bindings: defaults, overrides from the config, and routing of keys per input mode.
struct KeyMap: Sendable {
    /// What keys mean right now: overlays and prompts take keys before the panes do.
    enum Mode: Equatable, Sendable { case normal, searchEntry, exportPrompt, help, pickList }

    private(set) var bindings: [Key: Command]

    static let defaults: [Key: Command] = [
        .tab: .focusNext, .backTab: .focusPrevious,
        .char("j"): .down, .down: .down, .char("k"): .up, .up: .up,
        .pageDown: .pageDown, .char(" "): .pageDown, .pageUp: .pageUp, .char("b"): .pageUp,
        .ctrl("d"): .halfPageDown, .ctrl("u"): .halfPageUp,
        .char("g"): .top, .home: .top, .char("G"): .bottom, .end: .bottom,
        .enter: .open, .right: .open, .char("l"): .open,
        .char("m"): .nextMention, .char("M"): .previousMention,
        .char("/"): .search, .char("n"): .searchNext, .char("N"): .searchPrevious,
        .escape: .cancel, .char("e"): .export, .char("s"): .toggleSidebar,
        .char("?"): .help, .char("q"): .quit, .ctrl("l"): .redraw,
        .char("r"): .fetchFeeds, .char("F"): .filterFeed,
        .char("T"): .timeline, .char("R"): .related,
        .char("v"): .groupByStory,
        .char("f"): .foldPassages, .char("p"): .jumpPassage,
    ]

    init(overrides: [String: [String]] = [:]) throws(ConfigError) {
        var bindings = Self.defaults
        for (name, keyNames) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let command = Command(rawValue: name) else {
                throw ConfigError("unknown command '\(name)' in [keys] (known: \(Command.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            // An override replaces the command's default keys.
            bindings = bindings.filter { $0.value != command }
            for keyName in keyNames {
                guard let key = Key(name: keyName) else { throw ConfigError("unknown key '\(keyName)' for \(name)") }
                bindings[key] = command
            }
        }
        self.bindings = bindings
    }

    /// The keys bound to a command, in a stable order for display.
    func keys(for command: Command) -> [Key] {
        bindings.filter { $0.value == command }.map(\.key).sorted { $0.label < $1.label }
    }

    /// The action an input event means in a mode, if any.
    func action(for event: InputEvent, mode: Mode, layout: PaneLayout) -> Action? {
        switch event {
        case .interrupted: return .quit
        case .resize: return .resize(columns: layout.columns, rows: layout.rows)
        case .mouse(let m):
            guard mode == .normal, let pane = layout.pane(atX: m.x, y: m.y), let rect = layout.rect(of: pane) else { return nil }
            switch m.kind {
            case .wheelUp: return .scroll(pane, -3)
            case .wheelDown: return .scroll(pane, 3)
            case .click: return .click(pane, row: m.y - rect.y)
            }
        case .key(let key):
            switch mode {
            case .searchEntry:
                switch key {
                case .enter: return .searchSubmit
                case .escape: return .cancel
                case .backspace, .ctrl("h"): return .searchBackspace
                case .char(let c): return .searchInput(c)
                default: return nil
                }
            case .exportPrompt:
                switch key {
                case .escape, .char("q"): return .cancel
                case .char(let c): return ExportPrompt.format(forKey: c).map { .exportChoose($0) } ?? .message("press m, t, j or h (Esc cancels)")
                default: return nil
                }
            case .help:
                guard let command = bindings[key] else { return nil }
                switch command {
                case .quit, .cancel, .help: return .cancel
                case .down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .redraw: return command.action
                default: return nil
                }
            case .pickList:
                if key == .enter { return .open }
                guard let command = bindings[key] else { return nil }
                switch command {
                case .quit, .cancel: return .cancel
                case .down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .redraw, .open, .help: return command.action
                default: return nil
                }
            case .normal:
                return bindings[key]?.action
            }
        }
    }
}
