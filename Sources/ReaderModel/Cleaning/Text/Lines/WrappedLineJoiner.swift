/// Joins hard-wrapped lines back into paragraphs before they are judged. Press releases, RFCs
/// and plain-text pages wrapped at about 70 columns put every paragraph on several short lines
/// with no blank between; judged one by one, each is too short to be prose.
///
/// A page is taken as wrapped when most lines glued to a next line end near one width (the
/// wrap width) and a line is joined to the next when the next line's first word would not have
/// fit on it: that is what a wrapping editor does, and a deliberate line break does not.
enum WrappedLineJoiner {
    /// Lines shorter than this are never wrap evidence (menus, labels).
    static let minimumWrapWidth = 40
    /// Lines longer than this are paragraphs on one line, not wrapped ones.
    static let maximumWrapWidth = 110

    static func join(_ lines: [TextLine], in text: String) -> [TextLine] {
        guard lines.count >= 4 else { return lines }
        // Most pages have no line that runs on into the next: one cheap look at each glued pair.
        var runOns = 0
        for i in 0..<(lines.count - 1) where !lines[i + 1].blankBefore {
            let bytes = lines[i].text.utf8.count
            if bytes >= minimumWrapWidth, bytes <= maximumWrapWidth * 4, continuesSentence(lines[i].text, next: lines[i + 1].text) {
                runOns += 1
            }
        }
        guard runOns >= 3 else { return lines }
        // Widths only for lines that could be wrapped: cheap byte-length tests first.
        var widths = [Int](repeating: 0, count: lines.count)
        var candidates: [Int] = []
        for i in 0..<(lines.count - 1) where !lines[i + 1].blankBefore {
            let bytes = lines[i].text.utf8.count
            guard bytes >= minimumWrapWidth, bytes <= maximumWrapWidth * 4 else { continue }
            let width = indentation(of: lines[i], in: text) + displayWidth(lines[i].text)
            guard width >= minimumWrapWidth, width <= maximumWrapWidth else { continue }
            widths[i] = width
            candidates.append(width)
        }
        guard candidates.count >= 6, let band = wrapWidth(candidates) else { return lines }
        let wrap = band.width
        // Each break: reaches the wrap width (0 no, 1 yes) and, when it does, whether the next line
        // plainly continues the sentence (2): a lowercase start or a line ending in a comma or hyphen.
        var breaks = [UInt8](repeating: 0, count: lines.count)
        var wrapped = 0
        var continuing = 0
        // On a page wrapped only in part, a glued line longer than the wrap width belongs to the
        // unwrapped part: no editor broke it.
        for i in 0..<(lines.count - 1) where widths[i] > 0 && !(band.partial && widths[i] > wrap)
                && reachesWrap(widths[i], next: lines[i + 1], wrap: wrap) {
            wrapped += 1
            breaks[i] = 1
            if continuesSentence(lines[i].text, next: lines[i + 1].text) {
                breaks[i] = 2
                continuing += 1
            }
        }
        // Teaser lists and menus also end near one width, but their next lines start new items.
        guard continuing >= 3, continuing * 10 >= wrapped * 4 else { return lines }
        // A band below the top is also where any page's shorter lines gather (menus, teasers,
        // short paragraphs): only a band whose breaks nearly all run on mid-sentence is wrapping.
        guard !band.partial || continuing * 10 >= wrapped * 8 else { return lines }
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        var i = 0
        var joinedAny = false
        while i < lines.count {
            var last = i
            // A break without a plain continuation joins mid-sentence, or inside a run that has a plain
            // continuation on either side.
            while last + 1 < lines.count, breaks[last] == 2
                    || (breaks[last] == 1 && (!lines[last].endsSentence || (last > i && breaks[last - 1] == 2)
                        || (last + 1 < lines.count && breaks[last + 1] == 2))) {
                last += 1
            }
            if last == i {
                result.append(lines[i])
            } else {
                result.append(joined(lines[i...last], in: text))
                joinedAny = true
            }
            i = last + 1
        }
        return joinedAny ? result : lines
    }

    /// The width most glued lines end near: the longest width of the band holding at least 60 % of
    /// the candidate lines within 20 columns below it, or nil when their ends are scattered.
    /// `partial` is true when that band is not at the top: a page that quotes a wrapped document
    /// (a briefing transcript, a mailed statement) inside paragraphs that are one line each, whose
    /// longer glued lines are no wrap evidence.
    static func wrapWidth(_ widths: [Int]) -> (width: Int, partial: Bool)? {
        let sorted = widths.sorted()
        // Allow a few over-long lines (a URL that could not be broken).
        let top = sorted[min(sorted.count - 1, sorted.count * 19 / 20)]
        // Band ends tried from `top` down, each width once: past `top`, the longest end that still
        // holds 60 % (lines above it, glued to a next line, were not broken by the editor that
        // wrapped the rest). The band (end - 20, end] is `sorted[below..<above]`; both bounds only
        // move down, so the search is one pass however long the page.
        var above = sorted.count
        var below = sorted.count
        var tried = Int.max
        for end in sorted.reversed() where end <= top && end < tried {
            tried = end
            while above > 0, sorted[above - 1] > end { above -= 1 }
            while below > 0, sorted[below - 1] > end - 20 { below -= 1 }
            let inBand = above - below
            if inBand * 10 >= sorted.count * 6, inBand >= 6 { return (end, end != top) }
        }
        return nil
    }

    /// A line of this width was broken by wrapping: the next line's first word would not have fit
    /// after it; the next line is no list item.
    private static func reachesWrap(_ width: Int, next: TextLine, wrap: Int) -> Bool {
        guard !next.blankBefore, !next.isBullet, !startsNumberedItem(next.text) else { return false }
        // Two columns of slack for trailing spaces the copy dropped.
        return width + 1 + displayWidth(firstWord(of: next.text)) > wrap - 2 && width >= wrap - 25
    }

    /// The next line carries on the sentence: it starts in lowercase, or the line ends in a comma,
    /// a semicolon or a hyphen.
    private static func continuesSentence(_ line: Substring, next: Substring) -> Bool {
        if let first = next.unicodeScalars.first, first.properties.isLowercase { return true }
        guard let end = line.unicodeScalars.last else { return false }
        return end == "," || end == ";" || end == "-"
    }

    /// Columns of indentation before the line (trimmed from `TextLine.text`), tabs as 8.
    private static func indentation(of line: TextLine, in text: String) -> Int {
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: line.offset)
        var columns = 0
        while index > utf8.startIndex, columns < 40 {
            index = utf8.index(before: index)
            switch utf8[index] {
            case 32: columns += 1
            case 9: columns += 8
            default: return columns
            }
        }
        return columns
    }

    private static func firstWord(of text: Substring) -> Substring {
        text.prefix { $0 != " " && $0 != "\t" }
    }

    /// "1. ", "12) ", "(a) ": a numbered list item or a table-of-contents entry.
    private static func startsNumberedItem(_ text: Substring) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 { digits += 1; continue }
            return digits > 0 && digits <= 3 && (byte == 46 || byte == 41)
        }
        return false
    }

    /// Columns the text takes in a monospaced rendering: East Asian wide letters take two.
    static func displayWidth(_ text: Substring) -> Int {
        var width = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            // Lead bytes of U+3000-U+9FFF and U+AC00-U+D7FF (CJK, kana, Hangul) and full-width forms.
            width += (byte >= 0xE3 && byte <= 0xE9) || (byte >= 0xEA && byte <= 0xED) || byte == 0xEF ? 2 : 1
        }
        return width
    }

    /// One line spanning the wrapped lines (newlines and indentation inside, flattened on output).
    private static func joined(_ part: ArraySlice<TextLine>, in text: String) -> TextLine {
        spanning(part, in: text, joinedLines: part.count)
    }

    /// One line over the page's text from the first of `part` to the end of its last (`lineCells`:
    /// a table row's cells, one a line, as `TextLine` counts them).
    static func spanning(_ part: ArraySlice<TextLine>, in text: String, joinedLines: Int, lineCells: Int = 0) -> TextLine {
        let first = part.first!
        let last = part.last!
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: first.offset)
        let upper = utf8.index(lower, offsetBy: last.offset + last.text.utf8.count - first.offset)
        return TextLine(text: text[lower..<upper], offset: first.offset, blankBefore: first.blankBefore,
                        lineNumber: first.lineNumber, joinedLines: joinedLines, lineCells: lineCells)
    }

    /// The paragraph text of a joined line: each line trimmed, joined with one space; runs of
    /// spaces and tabs inside (a plain-text page's column padding) become one space too.
    static func flattened(_ text: Substring) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == " " || $0 == "\t" })
            .map { $0.trimmingOuterSpace() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
