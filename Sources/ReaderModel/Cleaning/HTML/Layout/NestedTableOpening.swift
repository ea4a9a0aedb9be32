/// Old pages box the middle of a text in a table of its own, nested in the layout cell that holds
/// the text's opening (a heading, a short paragraph, a list) above it. The boxed table has the
/// longer paragraphs and wins, so the opening is left outside. When everything else in that cell
/// is unlinked text, shorter than the box, the cell is the article: the author wrote both into it.
enum NestedTableOpening {
    /// Levels walked up from the winner to its table, and from the table to the cell around it.
    static let tableLevels = 8
    static let cellLevels = 4
    /// Link share allowed in the cell's text outside the box: a stray link in a sentence, not a menu.
    static let maxOutsideLinkShare = 0.1

    static let evidence = "in the layout cell around the article's boxed table: the cell's unlinked text above the box opens it"

    /// The `td` around the table holding the winner, when the cell's text outside that table is
    /// unlinked, outside furniture, not longer than the table's, and comes before it; nil otherwise.
    static func cell(around winner: Int, document: HTMLDocument, layout: PageLayout) -> Int? {
        let nodes = document.nodes
        var table = winner
        var level = 0
        while table > 0, nodes[table].tag != "table" {
            table = nodes[table].parent
            level += 1
            if level > tableLevels { return nil }
        }
        guard table > 0 else { return nil }
        var cell = nodes[table].parent
        level = 0
        while cell > 0, nodes[cell].tag != "td" {
            if nodes[cell].tag == "table" || nodes[cell].tag == "tr" { return nil }
            cell = nodes[cell].parent
            level += 1
            if level > cellLevels { return nil }
        }
        guard cell > 0, layout.chrome[cell] == nil, layout.chrome[table] == nil else { return nil }
        let outsideText = layout.textBytes[cell] - layout.textBytes[table]
        let outsideLinks = layout.linkBytes[cell] - layout.linkBytes[table]
        guard outsideText > 0, outsideText <= layout.textBytes[table],
              Double(outsideLinks) <= Double(outsideText) * maxOutsideLinkShare else { return nil }
        // The opening sits above the box: text after it (a form's notes, a footer line) is not asked for.
        // Summed over the children before the table's line of ancestors, at each level up to the cell.
        var before = 0
        var child = table
        while child != cell {
            let parent = nodes[child].parent
            for sibling in document.children(of: parent) {
                if sibling == child { break }
                before += layout.textBytes[sibling]
            }
            child = parent
        }
        return before * 2 >= outsideText ? cell : nil
    }
}
