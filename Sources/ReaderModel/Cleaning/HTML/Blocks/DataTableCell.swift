/// A short cell of a data table (a contributor's name, "14.7%", "56"): an article's tables repeat
/// such values from table to table, so a repeat says nothing about the cell being text shown twice
/// (`HTMLBlockClassifier`'s repeated-paragraph check), as it does for a paragraph. A layout table,
/// one with a cell of prose (a forum post beside its author's rank), is no data table: its
/// repeated short cells are the page's furniture.
struct DataTableCell {
    /// A cell at least this long is a sentence: in a data table it is judged as a paragraph, and
    /// it makes its table a layout table.
    static let maxLength = 80

    /// Levels above a cell at which its table is looked for.
    private static let maxLevels = 4

    /// Each table already judged: whether all its cells are short.
    private var judged: [Int: Bool] = [:]

    mutating func repeatsByNature(_ node: Int, tag: String, length: Int, _ nodes: [HTMLNode], _ layout: PageLayout) -> Bool {
        guard length < Self.maxLength, tag == "td" || tag == "th" else { return false }
        var table = nodes[node].parent
        var level = 0
        while table >= 0, nodes[table].tag != "table" {
            level += 1
            if level > Self.maxLevels { return false }
            table = nodes[table].parent
        }
        guard table >= 0 else { return false }
        if let known = judged[table] { return known }
        var allShort = true
        for i in table..<nodes.subtreeEnd(table) where nodes[i].tag == "td" || nodes[i].tag == "th" {
            if layout.textBytes[i] >= Self.maxLength { allShort = false; break }
        }
        judged[table] = allShort
        return allShort
    }
}
