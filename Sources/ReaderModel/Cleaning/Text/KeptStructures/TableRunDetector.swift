import Foundation

/// Finds tables in a text copy (a browser copies a table as one line a row, cells separated by
/// tabs) and keeps them when they belong to the article: a results table between paragraphs, a
/// standings table under the article's intro, or the whole article when it is a table (a season
/// calendar) and no paragraphs compete. Each row alone is a short line that would be dropped.
enum TableRunDetector {
    static let evidence = "table body"
    /// Rows a run needs: one or two tab lines are layout (a menu bar), not a table.
    static let minimumRows = 3

    /// Marks the rows of every table before the body is chosen: they weigh nothing either way
    /// (`BodySegment` neither counts them as prose nor as furniture), and a row's soft noise (a
    /// row of zeros repeated, a short line, a bare time) does not outvote the table.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) -> [Range<Int>] {
        let runs = tableRuns(lines, evidence).filter { !CalendarGrid.isCalendar(lines, $0) }
        for run in runs {
            for i in run where isSoft(evidence[i]) {
                evidence[i].isTableRow = true
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].isTimestamp = false
            }
        }
        return runs
    }

    /// Keeps the tables that belong to the body and returns the body, extended over tables that
    /// adjoin it or replaced by the largest table when the page has no body; other tables' rows
    /// are no longer marked.
    static func keepTables(_ lines: [TextLine], _ evidence: inout [LineEvidence], runs: [Range<Int>], body: Range<Int>) -> Range<Int> {
        guard !runs.isEmpty else { return body }
        var body = body
        let proseWords = body.reduce(0) { evidence[$1].shape == .good && evidence[$1].noise == nil ? $0 + lines[$1].wordCount : $0 }
        if proseWords < 30, let table = runs.filter({ hasNumbers(lines, $0) && $0.count >= 5 }).max(by: { $0.count < $1.count }) {
            // No better body: the table is the article (plus the short run of paragraphs it extends).
            body = adjoins(table, body) ? min(table.lowerBound, body.lowerBound)..<max(table.upperBound, body.upperBound) : table
        }
        var kept: [Range<Int>] = []
        for run in runs where run.overlaps(body) || (adjoins(run, body) && hasNumbers(lines, run)) {
            kept.append(run)
        }
        for run in kept { body = min(run.lowerBound, body.lowerBound)..<max(run.upperBound, body.upperBound) }
        for run in runs where !kept.contains(run) {
            for i in run { evidence[i].isTableRow = false }
        }
        return body
    }

    /// Runs of consecutive table rows (a row copied one cell a line, `CellLineTableJoiner`, too) whose cell counts agree (most rows within one of the usual
    /// count) and that hold no vocabulary noise.
    static func tableRuns(_ lines: [TextLine], _ evidence: [LineEvidence]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        var i = 0
        while i <= lines.count {
            let isRow = i < lines.count && (lines[i].lineCells > 0 || isRowShaped(lines[i].text)) && evidence[i].noiseSource != .vocabulary
            if isRow {
                if start == nil { start = i }
            } else if let first = start {
                if i - first >= minimumRows, isConsistent(lines, first..<i) { runs.append(first..<i) }
                start = nil
            }
            i += 1
        }
        return runs
    }

    /// Two cells or more, or one cell followed by two tabs or more: a row whose other cells held
    /// an image or a check mark, which the copy leaves empty (the line's trim took those tabs, so
    /// they are read from the page's text after it).
    @inline(__always)
    static func isRowShaped(_ text: Substring) -> Bool {
        if hasTab(text), cellCount(text) >= 2 { return true }
        return columnsAfterFirstCell(text) >= 2
    }

    /// Tabs after the line's first cell, the trailing ones the trim left out included: the row's
    /// further columns, filled or not. One byte is read past a line that ends on no tab.
    static func columnsAfterFirstCell(_ text: Substring) -> Int {
        let page = text.base.utf8
        var index = text.endIndex
        guard index < page.endIndex, page[index] == 9 else { return 0 }
        var tabs = 0
        while index < page.endIndex, page[index] == 9 || page[index] == 32 {
            if page[index] == 9 { tabs += 1 }
            index = page.index(after: index)
        }
        for byte in text.utf8 where byte == 9 { tabs += 1 }
        return tabs
    }

    /// Non-empty tab-separated cells of a line (0 when it has no tab).
    static func cellCount(_ text: Substring) -> Int {
        guard hasTab(text) else { return 0 }
        var cells = 0
        var inCell = false
        for byte in text.utf8 {
            if byte == 9 {
                inCell = false
            } else if byte != 32, !inCell {
                inCell = true
                cells += 1
            }
        }
        return cells
    }

    /// memchr over the line's bytes: this runs on every line of every page.
    private static func hasTab(_ text: Substring) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ buffer in buffer.baseAddress.map { memchr($0, 9, buffer.count) != nil } ?? false }) { return found }
        return text.utf8.contains(9)
    }

    /// Most rows (70 %) agree within one on their count of filled cells, or on their count of
    /// columns when most cells are empty.
    private static func isConsistent(_ lines: [TextLine], _ run: Range<Int>) -> Bool {
        agrees(run.map { lines[$0].lineCells > 0 ? lines[$0].lineCells : cellCount(lines[$0].text) }) || agrees(run.map { columnsAfterFirstCell(lines[$0].text) })
    }

    private static func agrees(_ values: [Int]) -> Bool {
        var counts: [Int: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        guard let usual = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) })?.key else { return false }
        let agreeing = values.filter { abs($0 - usual) <= 1 }.count
        return agreeing * 10 >= values.count * 7
    }

    /// A third of the rows hold a figure (scores, dates, prices): a data table, not a link bar.
    private static func hasNumbers(_ lines: [TextLine], _ run: Range<Int>) -> Bool {
        let withDigits = run.filter { lines[$0].text.utf8.contains { $0 >= 48 && $0 <= 57 } }.count
        return withDigits * 3 >= run.count
    }

    /// Within three lines of the body's start or end.
    private static func adjoins(_ run: Range<Int>, _ body: Range<Int>) -> Bool {
        guard !body.isEmpty else { return false }
        return (run.lowerBound >= body.upperBound && run.lowerBound - body.upperBound <= 3)
            || (run.upperBound <= body.lowerBound && body.lowerBound - run.upperBound <= 3)
    }

    /// Noise that says only that the row is short, repeated in the page or a bare time.
    private static func isSoft(_ ev: LineEvidence) -> Bool {
        guard let source = ev.noiseSource else { return true }
        return source.isSoft || source == .timestamp
    }
}
