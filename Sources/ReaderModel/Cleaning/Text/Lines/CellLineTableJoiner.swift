/// Some browsers copy a data table one cell a line and no tab at all (cells that are block
/// elements): a standings table, a timetable or a vote count between two paragraphs becomes a run
/// of short lines that the cleaner drops one by one as a teaser list or a menu. Such a run is a
/// table only when its period is certain: a header row of short labels without figures, then at
/// least `minimumRows` rows of the same count of cells whose figures (scores, times, dates, votes)
/// sit in the same cells of nearly every row, and no cell that every row repeats (a teaser card's
/// "Share" or "Read more"). Teaser lists, menus and link lists have no such header over a figure
/// column, and a run counts only between two paragraphs. Each row is then joined into one line,
/// which `TableRunDetector` reads as a row and the document shows tab-separated. A table whose
/// every cell holds a figure (years and amounts) needs more (`FigureTable`).
enum CellLineTableJoiner {
    /// Cells a row needs and may have: two are a label and its value, not a table.
    static let minimumCells = 3
    static let maximumCells = 8
    /// Rows under the header.
    static let minimumRows = 3
    /// A cell is a short line (bytes, the cheap test read first).
    static let maximumCellBytes = 60
    /// A header label's words.
    static let maximumLabelWords = 3
    /// The lines around the run are paragraphs of at least these words.
    static let paragraphWords = 12
    /// A line of the run before the header (a table's caption, a section heading) or after the rows (a source note).
    static let maximumLeadLines = 1
    /// Share of rows (in tenths) whose figures sit in the usual cells.
    static let agreeingTenths = 8

    /// Where a table lies in a run of short lines, and its period.
    struct Table: Equatable {
        var header: Int
        var cells: Int
        var rows: Int
        var end: Int { header + cells * (rows + 1) }
    }

    static func join(_ lines: [TextLine], in text: String) -> [TextLine] {
        guard lines.count >= 2 + minimumCells * (minimumRows + 1) else { return lines }
        var result: [TextLine] = []
        var copied = 0
        var i = 1
        while i < lines.count {
            // A short line right under a paragraph opens a run; anything else is passed at once. The
            // run is read by length alone, its bytes only when it is long enough and a paragraph ends it.
            guard lines[i - 1].wordCount >= paragraphWords, isShort(lines[i]) else { i += 1; continue }
            var end = i
            while end < lines.count, isShort(lines[end]) { end += 1 }
            if end < lines.count, end - i >= minimumCells * (minimumRows + 1), lines[end].wordCount >= paragraphWords,
               let figures = figureFlags(lines[i..<end]), let table = table(lines, i..<end, figures: figures) {
                if result.isEmpty { result.reserveCapacity(lines.count) }
                result.append(contentsOf: lines[copied..<table.header])
                for row in 0...table.rows {
                    let first = table.header + row * table.cells
                    result.append(joined(lines[first..<(first + table.cells)], in: text))
                }
                copied = table.end
            }
            i = max(end, i + 1)
        }
        guard copied > 0 else { return lines }
        result.append(contentsOf: lines[copied...])
        return result
    }

    /// The table a run of short lines holds, when its period is certain. A header shifted by a line
    /// still finds most rows' figures in one pattern (the row it cuts does not agree), so the
    /// alignment whose rows agree most wins; then the fewest cells, then the first header.
    /// `figures[k]`: line `run.lowerBound + k` holds a figure.
    static func table(_ lines: [TextLine], _ run: Range<Int>, figures: [Bool]) -> Table? {
        var best: (table: Table, agreeing: Int)?
        for cells in minimumCells...maximumCells {
            for lead in 0...maximumLeadLines {
                let header = run.lowerBound + lead
                let rows = (run.upperBound - header) / cells - 1
                guard rows >= minimumRows else { break }
                guard run.upperBound - header - cells * (rows + 1) <= maximumLeadLines else { continue }
                let table = Table(header: header, cells: cells, rows: rows)
                guard isLabelRow(lines, table, figures: figures, from: run.lowerBound),
                      let (agreeing, full) = agreeingRows(table, figures: figures, from: run.lowerBound),
                      !repeatsOneCell(lines, table, figures: figures, from: run.lowerBound) else { continue }
                if full, !FigureTable.holds(lines, table, lead: lead > 0 ? run.lowerBound : nil, figures: figures, from: run.lowerBound) { continue }
                if let known = best, known.agreeing * rows >= agreeing * known.table.rows { continue }
                best = (table, agreeing)
            }
        }
        return best?.table
    }

    /// The text of a joined row with its cells tab-separated.
    static func tabbed(_ text: Substring) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { $0.trimmingOuterSpace() }
            .filter { !$0.isEmpty }
            .joined(separator: "\t")
    }

    /// Short and on one line: read by length alone.
    @inline(__always)
    private static func isShort(_ line: TextLine) -> Bool {
        line.joinedLines == 1 && line.text.utf8.count <= maximumCellBytes
    }

    /// Which lines of the run hold a figure, read once; nil when a line holds a tab (a row copied
    /// whole, `TableRunDetector`'s) or fewer than `minimumRows` lines hold figures.
    private static func figureFlags(_ run: ArraySlice<TextLine>) -> [Bool]? {
        var flags: [Bool] = []
        flags.reserveCapacity(run.count)
        var count = 0
        for line in run {
            if line.text.containsByte(9) { return nil }
            let figure = hasFigure(line.text)
            if figure { count += 1 }
            flags.append(figure)
        }
        return count >= minimumRows ? flags : nil
    }

    /// A digit: ASCII, Arabic-Indic, Persian or full-width (byte tests, no Unicode properties).
    static func hasFigure(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(hasFigure) ?? hasFigure(Array(text.utf8))
    }

    private static func hasFigure<Bytes: Sequence<UInt8>>(_ text: Bytes) -> Bool {
        var lead: UInt8 = 0
        var prior: UInt8 = 0
        for byte in text {
            if byte >= 0x30, byte <= 0x39 { return true }
            if lead == 0xD9, byte >= 0xA0, byte <= 0xA9 { return true }
            if lead == 0xDB, byte >= 0xB0, byte <= 0xB9 { return true }
            if prior == 0xEF, lead == 0xBC, byte >= 0x90, byte <= 0x99 { return true }
            prior = lead
            lead = byte
        }
        return false
    }

    /// A header: distinct short labels without figures.
    private static func isLabelRow(_ lines: [TextLine], _ table: Table, figures: [Bool], from base: Int) -> Bool {
        let cells = table.header..<(table.header + table.cells)
        for k in cells {
            guard lines[k].wordCount <= maximumLabelWords, !figures[k - base] else { return false }
            for other in cells.lowerBound..<k where lines[other].text == lines[k].text { return false }
        }
        return true
    }

    /// Rows whose figures sit in the same cells: one pattern of figure-holding cells, not empty,
    /// shared by most rows. Returns how many rows share it, and whether it is every cell (a table
    /// of figures only, which `FigureTable` has to confirm).
    private static func agreeingRows(_ table: Table, figures: [Bool], from base: Int) -> (Int, Bool)? {
        var patterns = [Int](repeating: 0, count: table.rows)
        for row in 1...table.rows {
            let first = table.header + row * table.cells - base
            var pattern = 0
            for cell in 0..<table.cells where figures[first + cell] { pattern |= 1 << cell }
            patterns[row - 1] = pattern
        }
        // The usual pattern: rows are few, so counting each against the others is cheap.
        var usual = 0
        var agreeing = 0
        for pattern in patterns {
            var count = 0
            for other in patterns where other == pattern { count += 1 }
            if count > agreeing { usual = pattern; agreeing = count }
            if agreeing * 2 > patterns.count { break }
        }
        guard usual != 0, agreeing * 10 >= table.rows * agreeingTenths else { return nil }
        return (agreeing, usual == (1 << table.cells) - 1)
    }

    /// Some cell holds the same words in every row: a card's link or label, not a table's column
    /// (a column of one figure, the games every club has played, is a table's).
    private static func repeatsOneCell(_ lines: [TextLine], _ table: Table, figures: [Bool], from base: Int) -> Bool {
        (0..<table.cells).contains { cell in
            let first = table.header + table.cells + cell
            return !figures[first - base] && (2...table.rows).allSatisfy { lines[table.header + $0 * table.cells + cell].text == lines[first].text }
        }
    }

    /// The row as one line spanning its cells, read as table cells.
    private static func joined(_ part: ArraySlice<TextLine>, in text: String) -> TextLine {
        WrappedLineJoiner.spanning(part, in: text, joinedLines: part.count, lineCells: part.count)
    }
}
