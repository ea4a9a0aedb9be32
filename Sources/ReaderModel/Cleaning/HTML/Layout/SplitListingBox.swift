/// A listing a table-laid page splits across rows: the first items in one row, a short row of
/// links ("more below", "page 2"), the rest in a later row, each part in a box of the same tag and
/// class. `TableRowArticle` stops at a row of links; past one that short, a prose row holding the
/// winner's own box again is the same listing's other part, not the next thing on the page.
struct SplitListingBox {
    /// A row of links at most this long (a line, not a menu) may be crossed.
    static let maxLinkRowBytes = 60

    private let tag: String
    private let name: String

    /// False when the winner's prose sits in no named box: nothing to recognise in another row.
    var exists: Bool { !name.isEmpty }

    /// The named element (class or id) around the winner's first prose block (80 bytes or more,
    /// under 30% links), at or below the winner.
    init(winner: Int, document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) {
        let nodes = document.nodes
        let end = nodes.subtreeEnd(winner)
        var found = -1
        for block in blocks where block.node >= winner && block.node < end && block.length >= 80 && block.linkDensity < 0.3
            && layout.chrome[block.node] == nil {
            var n = nodes[block.node].kind.contains(.paragraph) ? nodes[block.node].parent : block.node
            while n > winner && nodes[n].classAndID.isEmpty { n = nodes[n].parent }
            found = n
            break
        }
        guard found >= 0, !nodes[found].classAndID.isEmpty else { tag = ""; name = ""; return }
        tag = nodes[found].tag
        name = nodes[found].classAndID
    }

    /// True when `row` holds an element of the winner's box's tag and name outside furniture.
    func repeats(in row: Int, nodes: [HTMLNode]) -> Bool {
        guard exists else { return false }
        let end = nodes.subtreeEnd(row)
        var i = row + 1
        while i < end {
            if !nodes[i].isText, nodes[i].tag == tag, nodes[i].classAndID == name { return true }
            i += 1
        }
        return false
    }
}
