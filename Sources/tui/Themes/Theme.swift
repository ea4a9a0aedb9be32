/// Colours and attributes for every `StyleRole`; the driver adapts them to what the terminal has.
struct Theme: Equatable, Sendable {
    /// A colour as a theme names it.
    enum Color: Equatable, Sendable {
        /// The terminal's own foreground or background.
        case terminalDefault
        /// 0-7 basic, 8-15 bright, 16-255 the xterm 256-colour cube and greys.
        case indexed(Int)

        static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

        /// Parses "default", "red", "bright-red", "208" or an integer.
        init?(name: String) {
            let lower = name.lowercased().trimmingCharacters(in: .whitespaces)
            if lower == "default" || lower == "none" { self = .terminalDefault; return }
            if let i = Self.names.firstIndex(of: lower) { self = .indexed(i); return }
            for prefix in ["bright-", "bright", "light-"] where lower.hasPrefix(prefix) {
                if let i = Self.names.firstIndex(of: String(lower.dropFirst(prefix.count))) { self = .indexed(i + 8); return }
            }
            if let n = Int(lower), (0...255).contains(n) { self = .indexed(n); return }
            return nil
        }
    }

    /// How one role is drawn.
    struct Style: Equatable, Sendable {
        var foreground: Color = .terminalDefault
        var background: Color = .terminalDefault
        var bold = false
        var underline = false
        var reverse = false
        var dim = false
    }

    var name: String
    var styles: [StyleRole: Style]

    func style(_ role: StyleRole) -> Style {
        styles[role] ?? Theme.fallback.styles[role] ?? Style()
    }

    /// The dark default, compiled in so a missing or broken theme file can never leave the reader unstyled.
    static let fallback = Theme(name: "default", styles: [
        .normal: Style(),
        .header: Style(foreground: .indexed(250), background: .indexed(236)),
        .headerFocused: Style(foreground: .indexed(16), background: .indexed(74), bold: true),
        .border: Style(foreground: .indexed(240)),
        .selection: Style(foreground: .indexed(231), background: .indexed(24), bold: true),
        .selectionUnfocused: Style(foreground: .indexed(252), background: .indexed(238)),
        .readMarker: Style(foreground: .indexed(242)),
        .listMeta: Style(foreground: .indexed(244)),
        .title: Style(foreground: .indexed(231), bold: true),
        .meta: Style(foreground: .indexed(110)),
        .standfirst: Style(foreground: .indexed(252), bold: true),
        .body: Style(),
        .caption: Style(foreground: .indexed(180)),
        .person: Style(foreground: .indexed(117)),
        .organization: Style(foreground: .indexed(150)),
        .place: Style(foreground: .indexed(222)),
        .date: Style(foreground: .indexed(182)),
        .money: Style(foreground: .indexed(114)),
        .other: Style(foreground: .indexed(247)),
        .selectedMention: Style(foreground: .indexed(16), background: .indexed(179), bold: true),
        .currentMention: Style(foreground: .indexed(16), background: .indexed(208), bold: true, underline: true),
        .searchHit: Style(foreground: .indexed(16), background: .indexed(141)),
        .entityHeader: Style(foreground: .indexed(74), bold: true),
        .status: Style(foreground: .indexed(252), background: .indexed(238)),
        .statusMessage: Style(foreground: .indexed(229), background: .indexed(238), bold: true),
        .hint: Style(foreground: .indexed(245)),
        .overlay: Style(foreground: .indexed(252), background: .indexed(235)),
        .overlayTitle: Style(foreground: .indexed(74), background: .indexed(235), bold: true),
        .error: Style(foreground: .indexed(203), bold: true),
        .passage: Style(foreground: .indexed(245)),
        .passageMark: Style(foreground: .indexed(179), bold: true),
    ])
}
