/// A table copied one cell a line whose every cell holds a figure ("Year", "Revenue", "Profit" over
/// "2019", "1,240", "310"): no column of names fixes its period, and an archive's "June 2012" /
/// "May 2012" or a chart's axis is a run of figures under labels too. Such a run is a table only
/// when every row is figures, the header is where they start, the labels being every line above the first
/// figure (a caption over them holds a figure itself or closes on a colon, so it is no label), and
/// some column holds bare figures in every row (no letter at all): an archive's or a listing's
/// cells all carry words.
enum FigureTable {
    /// `lead`: the caption line above the header, when the table is read with one.
    static func holds(_ lines: [TextLine], _ table: CellLineTableJoiner.Table, lead: Int?, figures: [Bool], from base: Int) -> Bool {
        if let lead, !figures[lead - base], !ListMarker.endsWithColon(lines[lead].text) { return false }
        // Every row is figures only: a label read as a row's first cell shifts the header.
        let rows = (table.header + table.cells)..<table.end
        guard figures[(rows.lowerBound - base)..<(rows.upperBound - base)].allSatisfy({ $0 }) else { return false }
        return (0..<table.cells).contains { cell in
            (1...table.rows).allSatisfy { row in isBareFigure(lines[table.header + row * table.cells + cell].text) }
        }
    }

    /// Digits, signs, units and separators only: no letter of any script.
    static func isBareFigure(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
