/// A row of a data table (election results, standings, a schedule) is one line to a reader: the
/// cells the article keeps one by one are joined with tabs, as a browser's select-all copy has them
/// (Chromium's innerText puts a tab between cells and a newline between rows) and as the text
/// cleaner keeps them (`TableRunDetector`). Only the output is joined, after every cell was judged:
/// a keep-or-remove decision never depends on it. A layout table is no data table: a cell of prose,
/// a nested table or a block container in a cell (a page laid out in a table), rows of unlike shape,
/// or a table mostly of links (a forum's or a listing's table of threads) leave its cells as they are.
struct DataTableRow {
    /// Rows of the repeated shape a table needs, and cells in that shape: one row is a layout strip.
    static let minimumRows = 2
    static let minimumCells = 2
    /// Links in a data table are a few names at most: this share of linked bytes makes it a listing.
    static let maximumLinkPercent = 30

    /// What made a table a data table, for `--explain`.
    struct Shape: Equatable {
        var rows: Int
        var cells: Int
    }

    /// Where a kept block sits in a data table.
    struct Place {
        var row: Int
        var cell: Int
        var shape: Shape
    }

    /// Each table already judged: its shape when it is a data table, nil when not.
    private var judged: [Int: Shape?] = [:]

    /// The row, cell and table shape of block node `node` when it is a cell of a data table (a `td` or
    /// `th` of a row, or the one paragraph inside such a cell); nil otherwise.
    mutating func place(of node: Int, _ nodes: [HTMLNode], _ layout: PageLayout) -> Place? {
        var cell = node
        if nodes[cell].tag == "p" { cell = nodes[cell].parent }
        guard cell >= 0, Self.isCell(nodes[cell].tag) else { return nil }
        let row = nodes[cell].parent
        guard row >= 0, nodes[row].tag == "tr" else { return nil }
        var table = nodes[row].parent
        if table >= 0, Self.isSection(nodes[table].tag) { table = nodes[table].parent }
        guard table >= 0, nodes[table].tag == "table" else { return nil }
        let shape: Shape?
        if let known = judged[table] {
            shape = known
        } else {
            shape = Self.shape(of: table, nodes, layout)
            judged[table] = shape
        }
        return shape.map { Place(row: row, cell: cell, shape: $0) }
    }

    static func evidence(cells: Int, shape: Shape) -> String {
        "a row of a data table (\(shape.rows) rows of \(shape.cells) cells, each under \(DataTableCell.maxLength) bytes, "
            + "no block or table inside a cell, links under \(maximumLinkPercent)%): its \(cells) cells joined as one line, tab-separated"
    }

    private static func isCell(_ tag: String) -> Bool { tag == "td" || tag == "th" }
    private static func isSection(_ tag: String) -> Bool { tag == "tbody" || tag == "thead" || tag == "tfoot" }

    /// The table's repeated row shape when it is a data table: every cell short and holding at most
    /// one paragraph and no other block, no nested table, and most rows of one count of cells.
    private static func shape(of table: Int, _ nodes: [HTMLNode], _ layout: PageLayout) -> Shape? {
        guard layout.linkBytes[table] * 100 < layout.textBytes[table] * maximumLinkPercent else { return nil }
        let end = nodes.subtreeEnd(table)
        var rowsByCells: [Int: Int] = [:]
        var rowsWithCells = 0
        var cellsInRow = 0
        var i = table + 1
        while i < end {
            let tag = nodes[i].tag
            if isCell(tag) {
                guard layout.textBytes[i] < DataTableCell.maxLength, holdsAtMostAParagraph(i, nodes, layout) else { return nil }
                cellsInRow += 1
                i = nodes.subtreeEnd(i)
                continue
            }
            if tag == "tr" {
                if cellsInRow > 0 { rowsByCells[cellsInRow, default: 0] += 1; rowsWithCells += 1 }
                cellsInRow = 0
            } else if nodes[i].kind.contains(.block), !isSection(tag), tag != "caption" {
                // A nested table, a div or a list outside any cell: the table lays out a page.
                return nil
            }
            i += 1
        }
        if cellsInRow > 0 { rowsByCells[cellsInRow, default: 0] += 1; rowsWithCells += 1 }
        guard let (cells, rows) = rowsByCells.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              cells >= minimumCells, rows >= minimumRows, rows * 3 >= rowsWithCells * 2 else { return nil }
        return Shape(rows: rowsWithCells, cells: cells)
    }

    /// No block inside cell `cell` but one paragraph right below it (a table pasted from a word
    /// processor); a spacer paragraph of no text (a no-break space above the header's words) is none.
    private static func holdsAtMostAParagraph(_ cell: Int, _ nodes: [HTMLNode], _ layout: PageLayout) -> Bool {
        var paragraphs = 0
        for j in (cell + 1)..<nodes.subtreeEnd(cell) where nodes[j].kind.contains(.block) {
            if nodes[j].tag == "p", nodes[j].parent == cell, layout.textBytes[j] == 0 { continue }
            guard nodes[j].tag == "p", nodes[j].parent == cell, paragraphs == 0 else { return false }
            paragraphs += 1
        }
        return true
    }
}
