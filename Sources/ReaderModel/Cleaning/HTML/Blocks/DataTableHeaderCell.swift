/// A header cell of a data table ("Share", "Comments", "Email" over a column of figures) names
/// its column: read alone it looks like a share button or a comments link, but in a table
/// `DataTableRow` recognised (rows of one shape, short cells, few links) it is the table's own
/// text, and removing it would shift the row of names against the columns under it.
enum DataTableHeaderCell {
    static let evidence = "a header cell of a data table (a <th>, or a cell of its <thead> or first row): its column's name, not a page label"

    /// Whether the cell at `place` heads a column or a row: a `th`, or a cell of the table's
    /// `thead` or of its first row.
    static func isHeader(_ place: DataTableRow.Place, _ nodes: [HTMLNode]) -> Bool {
        if nodes[place.cell].tag == "th" { return true }
        let section = nodes[place.row].parent
        guard section >= 0 else { return false }
        if nodes[section].tag == "thead" { return true }
        let table = nodes[section].tag == "table" ? section : nodes[section].parent
        guard table >= 0 else { return false }
        // Nodes are stored in document order: the first `tr` after the table's own node is its first row.
        var i = table + 1
        let end = nodes.subtreeEnd(table)
        while i < end, nodes[i].tag != "tr" { i += 1 }
        return i == place.row
    }
}
