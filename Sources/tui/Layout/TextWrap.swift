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

    /// How many lines `wrap(Sanitizer.glyphs(text), width:)` gives, without making them: from the
    /// bytes when the text is ASCII (every glyph one column), else by wrapping and counting.
    static func lineCount(_ text: String, width: Int) -> Int {
        guard width > 0 else { return 0 }
        var text = text
        if let count = text.withUTF8({ asciiLineCount($0, width: width) }) { return count }
        return glyphLineCount(text, width: width)
    }

    /// `wrap`'s line count from the glyph widths alone (`Sanitizer.forEachGlyph`); only the
    /// widths of the word being placed are held.
    private static func glyphLineCount(_ text: String, width: Int) -> Int {
        var lines = 0, lineWidth = 0
        var word: [Int] = []
        func placeWord() {
            var i = 0
            var remaining = word.reduce(0, +)
            while i < word.count {
                if lineWidth + remaining <= width {
                    lineWidth += remaining
                    i = word.count
                } else if lineWidth == 0 || remaining > width {
                    // Cut the word: fill what is left of this line, continue on the next.
                    while i < word.count, lineWidth + word[i] <= width {
                        lineWidth += word[i]
                        remaining -= word[i]
                        i += 1
                    }
                    if lineWidth == 0 { remaining -= word[i]; i += 1; continue }  // wider than the line: skipped
                    lines += 1
                    lineWidth = 0
                } else {
                    lines += 1
                    lineWidth = 0
                }
            }
            word.removeAll(keepingCapacity: true)
        }
        Sanitizer.forEachGlyph(text) { glyphWidth, isSpace in
            if isSpace {
                placeWord()
                if lineWidth > 0 && lineWidth + 1 <= width { lineWidth += 1 }
            } else {
                word.append(glyphWidth)
            }
        }
        placeWord()
        return lineWidth > 0 ? lines + 1 : lines
    }

    /// `wrap`'s line count for ASCII bytes, following it step by step: a space or a tab/newline
    /// (one space however many follow a space) is a space glyph, any other byte a one-column glyph.
    /// Nil when a byte is not plain ASCII or is a control character the sanitizer would drop.
    private static func asciiLineCount(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> Int? {
        var lines = 0, lineWidth = 0
        var lastWasSpace = false  // the previous glyph emitted, as the sanitizer sees it
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            guard byte < 0x7F, byte >= 0x20 || byte == 0x09 || byte == 0x0A else { return nil }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                // Tabs and newlines after a space glyph vanish; otherwise they are a space.
                if byte != 0x20 && lastWasSpace { i += 1; continue }
                lastWasSpace = true
                if lineWidth > 0 && lineWidth + 1 <= width { lineWidth += 1 }
                i += 1
                continue
            }
            var j = i
            while j < n, bytes[j] > 0x20, bytes[j] < 0x7F { j += 1 }
            guard j == n || bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A else { return nil }
            lastWasSpace = false
            var remaining = j - i
            while remaining > 0 {
                if lineWidth + remaining <= width {
                    lineWidth += remaining
                    remaining = 0
                } else if lineWidth == 0 || remaining > width {
                    // Cut the word: fill what is left of this line, continue on the next.
                    remaining -= width - lineWidth
                    lines += 1
                    lineWidth = 0
                } else {
                    lines += 1
                    lineWidth = 0
                }
            }
            i = j
        }
        return lineWidth > 0 ? lines + 1 : lines
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
