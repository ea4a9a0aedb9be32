/// A date alone in a cell of a data table under the article's first paragraphs ("30 June 2025"
/// beside "Closing date", a fixture's day, a deadline) is the table's value, not the page's
/// dateline: the date branch of `HTMLBlockClassifier` leaves such cells to the table. A byline
/// table of an old page comes before the story, and a layout table has long cells, so neither
/// is one.
enum DataTableDateCell {
    static let evidence = "a date in a cell of a data table under the article's paragraphs (the table's value, not the page's date)"

    /// Whether a date-shaped block of `tag` is such a cell: a `td`, once the article's paragraphs
    /// have begun, in a table whose cells are all short (`DataTableCell`).
    static func holds(_ node: Int, tag: String, length: Int, afterParagraphs: Bool,
                      _ cells: inout DataTableCell, _ nodes: [HTMLNode], _ layout: PageLayout) -> Bool {
        guard afterParagraphs, tag == "td" else { return false }
        return cells.repeatsByNature(node, tag: tag, length: length, nodes, layout)
    }
}
