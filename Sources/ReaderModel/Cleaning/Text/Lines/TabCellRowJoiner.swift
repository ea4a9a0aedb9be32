/// Some browsers copy a table one cell a line: the cells of a row are apart by a line that holds
/// only a tab, the rows by blank lines (an empty cell's no-break space is blank too). Each cell alone is a short line that the cleaner drops (a
/// table of observations between two parts of a report loses every row), so the cells of such a
/// row are joined into one line that keeps its tabs, and `TableRunDetector` reads the rows as the
/// table they are. Only runs of at least `minimumRows` rows qualify, most of them with the same
/// count of at least `minimumCells` cells: a comment form's label and field apart by a tab line
/// make pairs, not rows of a table.
enum TabCellRowJoiner {
    static let minimumRows = 3
    static let minimumCells = 3

    static func join(_ lines: [TextLine], in text: String) -> [TextLine] {
        guard lines.count >= minimumRows * minimumCells else { return lines }
        // gapHasTab[i]: only blank space and at least one tab lie between line i and line i + 1.
        var gapHasTab = [Bool](repeating: false, count: lines.count)
        var tabGaps = 0
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for i in 0..<(lines.count - 1) where lines[i + 1].blankBefore {
                let from = lines[i].offset + lines[i].text.utf8.count
                let to = lines[i + 1].offset
                guard from < to, to <= bytes.count else { continue }
                var sawTab = false
                var blank = true
                for k in from..<to {
                    switch bytes[k] {
                    case 9: sawTab = true
                    // A no-break space (C2 A0) is an empty cell's "&nbsp;": blank space too. Another
                    // character led by C2, or an A0 led by another byte, fails on its other byte.
                    case 10, 13, 32, 0xC2, 0xA0: continue
                    default: blank = false
                    }
                    if !blank { break }
                }
                if blank, sawTab {
                    gapHasTab[i] = true
                    tabGaps += 1
                }
            }
        }
        guard tabGaps >= minimumRows * (minimumCells - 1) else { return lines }
        // Rows: lines chained by tab gaps.
        var rows: [Range<Int>] = []
        var start = 0
        for i in lines.indices where i == lines.count - 1 || !gapHasTab[i] {
            rows.append(start..<(i + 1))
            start = i + 1
        }
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        var r = 0
        while r < rows.count {
            var end = r
            while end < rows.count, rows[end].count >= 2 { end += 1 }
            if end - r >= minimumRows, let usual = usualCellCount(rows[r..<end]), !repeatsOneCell(rows[r..<end], usual, lines) {
                // Rows of another count at the run's edges (a pager's links, a row cut by the copy)
                // stay lines of their own.
                var first = r
                while rows[first].count != usual { first += 1 }
                var last = end - 1
                while rows[last].count != usual { last -= 1 }
                for row in rows[r..<first] { result.append(contentsOf: lines[row]) }
                for row in rows[first...last] { result.append(joined(lines[row], in: text)) }
                for row in rows[(last + 1)..<end] { result.append(contentsOf: lines[row]) }
                r = end
            } else {
                result.append(contentsOf: lines[rows[r]])
                r += 1
            }
        }
        return result
    }

    /// For `--explain`: the line is a row these cells were joined into. Its span holds a blank
    /// physical line, which the hard-wrap joiner never spans.
    static func isCellRow(_ line: TextLine) -> Bool {
        guard line.joinedLines > 1 else { return false }
        var sawBreak = false
        var lineIsBlank = false
        for byte in line.text.utf8 {
            switch byte {
            case 10:
                if sawBreak, lineIsBlank { return true }
                sawBreak = true
                lineIsBlank = true
            case 9, 13, 32, 0xC2, 0xA0: continue
            default: lineIsBlank = false
            }
        }
        return false
    }

    /// The run's usual cell count, when seven rows in ten have it and it is at least `minimumCells`.
    private static func usualCellCount(_ rows: ArraySlice<Range<Int>>) -> Int? {
        var counts: [Int: Int] = [:]
        for row in rows { counts[row.count, default: 0] += 1 }
        guard let usual = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }),
              usual.key >= minimumCells, usual.value * 10 >= rows.count * 7 else { return nil }
        return usual.key
    }

    /// Some cell holds the same text in every row of the usual count: a link each record of a listing
    /// repeats ("View this ad"), which the copy set apart by a tab like the record's own fields. The
    /// records are then no table rows (the link may even open a "row" that belongs to two records).
    private static func repeatsOneCell(_ rows: ArraySlice<Range<Int>>, _ usual: Int, _ lines: [TextLine]) -> Bool {
        let full = rows.filter { $0.count == usual }
        guard let first = full.first, full.count >= minimumRows else { return false }
        return (0..<usual).contains { cell in
            full.allSatisfy { lines[$0.lowerBound + cell].text == lines[first.lowerBound + cell].text }
        }
    }

    /// The row as one line spanning its cells (the tab lines between them kept), read as table cells
    /// and shown tab-separated, as a row copied whole is.
    private static func joined(_ part: ArraySlice<TextLine>, in text: String) -> TextLine {
        WrappedLineJoiner.spanning(part, in: text, joinedLines: part.reduce(0) { $0 + $1.joinedLines }, lineCells: part.count)
    }
}
