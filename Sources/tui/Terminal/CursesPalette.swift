import CNcurses

/// Turns theme styles into curses colour pairs and attributes for what the terminal supports:
/// 256 colours, 8/16 (nearest basic colour), or none (attributes only, also for NO_COLOR).
struct CursesPalette {
    struct Attributes { var pair: Int; var attrs: attr_t }
    private var table: [StyleRole: Attributes] = [:]

    init(theme: Theme, colors: Int, pairs: Int) {
        var pairIndex: [String: Int] = [:]
        for role in StyleRole.allCases {
            let style = theme.style(role)
            var attrs = lede_a_normal()
            if style.bold { attrs |= lede_a_bold() }
            if style.underline { attrs |= lede_a_underline() }
            if style.reverse { attrs |= lede_a_reverse() }
            if style.dim { attrs |= lede_a_dim() }
            var pair = 0
            if colors >= 8 {
                let fg = Self.adapt(style.foreground, colors: colors)
                let bg = Self.adapt(style.background, colors: colors)
                if colors < 16, case .indexed(let n) = style.foreground, n >= 8 { attrs |= lede_a_bold() }
                if fg != -1 || bg != -1 {
                    let key = "\(fg)/\(bg)"
                    if let existing = pairIndex[key] { pair = existing }
                    else if pairIndex.count + 1 < pairs {
                        pair = pairIndex.count + 1
                        init_pair(Int16(pair), Int16(fg), Int16(bg))
                        pairIndex[key] = pair
                    }
                }
            } else {
                // Without colours, selections, highlights and mentions still need to stand out.
                if Self.needsReverse(role, style) { attrs |= lede_a_reverse() }
                if Self.isEntity(role) { attrs |= lede_a_underline() }
                if role == .header || role == .entityHeader || role == .overlayTitle { attrs |= lede_a_bold() }
            }
            table[role] = Attributes(pair: pair, attrs: attrs)
        }
    }

    func attributes(_ role: StyleRole) -> Attributes {
        table[role] ?? Attributes(pair: 0, attrs: lede_a_normal())
    }

    /// A colour number the terminal has (-1: its default).
    static func adapt(_ color: Theme.Color, colors: Int) -> Int {
        guard case .indexed(let n) = color else { return -1 }
        if n < colors { return n }
        return nearestBasic(n) % max(1, min(colors, 8))
    }

    /// The basic colour (0-7) that best keeps the hue of an xterm-256 colour.
    static func nearestBasic(_ n: Int) -> Int {
        if n < 16 { return n % 8 }
        let rgb: (Int, Int, Int)
        if n >= 232 {
            let v = 8 + (n - 232) * 10
            rgb = (v, v, v)
        } else {
            let i = n - 16
            let level = [0, 95, 135, 175, 215, 255]
            rgb = (level[i / 36], level[(i / 6) % 6], level[i % 6])
        }
        // Greys have no hue to match: nearest-RGB would turn mid grey into yellow. Split by lightness
        // (dark greys as foreground become bold black, which terminals show as grey).
        if max(rgb.0, rgb.1, rgb.2) - min(rgb.0, rgb.1, rgb.2) < 40 {
            return (rgb.0 + rgb.1 + rgb.2) / 3 >= 150 ? 7 : 0
        }
        // A hue: keep the channels above the midpoint of the strongest and weakest (ANSI bit order).
        let mid = (max(rgb.0, rgb.1, rgb.2) + min(rgb.0, rgb.1, rgb.2)) / 2
        return (rgb.0 > mid ? 1 : 0) + (rgb.1 > mid ? 2 : 0) + (rgb.2 > mid ? 4 : 0)
    }

    private static func isEntity(_ role: StyleRole) -> Bool {
        [.person, .organization, .place, .date, .money, .other].contains(role)
    }

    private static func needsReverse(_ role: StyleRole, _ style: Theme.Style) -> Bool {
        switch role {
        case .selection, .headerFocused, .currentMention, .selectedMention, .searchHit, .status, .statusMessage: return true
        default: return style.reverse
        }
    }
}
