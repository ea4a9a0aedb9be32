/// Wraps and clips text by display width, so wide and combining characters keep their columns.
enum TextWrap {
    typealias Glyph = Sanitizer.Glyph

    /// Breaks glyphs into lines of at most `width` columns, at spaces where possible;
    /// a word longer than a line is cut. Leading spaces of continuation lines are dropped.
    static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        guard width > 0 else { return [] }
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var i = 0
        while i < glyphs.count {
            if glyphs[i].isSpace {
                if !line.isEmpty && lineWidth + 1 <= width { line.append(glyphs[i]); lineWidth += 1 }
                i += 1
                continue
            }
            // Measure the next word.
            var j = i
            var wordWidth = 0
            while j < glyphs.count, !glyphs[j].isSpace { wordWidth += glyphs[j].width; j += 1 }
            if lineWidth + wordWidth <= width {
                line.append(contentsOf: glyphs[i..<j]); lineWidth += wordWidth
                i = j
            } else if line.isEmpty || wordWidth > width {
                // Cut the word: fill what is left of this line, continue on the next.
                while i < j {
                    let g = glyphs[i]
                    if lineWidth + g.width > width { break }
                    line.append(g); lineWidth += g.width; i += 1
                }
                if line.isEmpty { i += 1; continue }  // a glyph wider than the line: skip it
                lines.append(trimmed(line)); line = []; lineWidth = 0
            } else {
                lines.append(trimmed(line)); line = []; lineWidth = 0
            }
        }
        if !line.isEmpty { lines.append(trimmed(line)) }
        return lines
    }

    /// Wraps plain text (sanitized first).
    static func wrap(_ text: String, width: Int) -> [String] {
        wrap(Sanitizer.glyphs(text), width: width).map { $0.map(\.text).joined() }
    }

    /// The longest prefix of `text` (sanitized) that fits in `width` columns; `…` marks a cut.
    static func clip(_ text: String, width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        let glyphs = Sanitizer.glyphs(text)
        let total = glyphs.reduce(0) { $0 + $1.width }
        if total <= width { return glyphs.map(\.text).joined() }
        let room = ellipsis ? width - 1 : width
        var out = ""
        var used = 0
        for g in glyphs {
            if used + g.width > room { break }
            out += g.text; used += g.width
        }
        return ellipsis ? out + "…" : out
    }

    /// `text` clipped, then padded with spaces to exactly `width` columns.
    static func pad(_ text: String, width: Int) -> String {
        let clipped = clip(text, width: width)
        return clipped + String(repeating: " ", count: max(0, width - DisplayWidth.of(clipped)))
    }

    private static func trimmed(_ line: [Glyph]) -> [Glyph] {
        var line = line
        while line.last?.isSpace == true { line.removeLast() }
        return line
    }
}
