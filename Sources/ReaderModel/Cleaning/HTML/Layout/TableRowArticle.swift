/// An article laid out in the rows of a table (pages built with table layouts put each section,
/// or each paragraph, in a row of its own): the winner is inside one cell, and the article's other
/// parts sit in the rows above and below that cell's row, not among the winner's siblings.
enum TableRowArticle {
    /// At each table row around the winner, the rows next to it that continue the article: runs of rows holding
    /// prose (a long block with few links), with the short unlinked rows between them (subheadings)
    /// and one such row right above the first (the section's heading). A row of links, a
    /// furniture row or a long row without prose ends the run.
    static func rows(around top: Int, document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) -> [Int] {
        let nodes = document.nodes
        var enclosingRows: [Int] = []
        var n = nodes[top].parent
        while n > 0 {
            if nodes[n].tag == "tr" { enclosingRows.append(n) }
            n = nodes[n].parent
        }
        if nodes[top].tag == "tr" { enclosingRows.insert(top, at: 0) }
        guard !enclosingRows.isEmpty else { return [] }
        let prose = proseBytes(document: document, blocks: blocks, layout: layout)
        let box = SplitListingBox(winner: top, document: document, blocks: blocks, layout: layout)
        return enclosingRows.flatMap { continuation(of: $0, document: document, prose: prose, layout: layout, box: box) }
    }

    private static func continuation(of row: Int, document: HTMLDocument, prose: [Int], layout: PageLayout, box: SplitListingBox) -> [Int] {
        let nodes = document.nodes
        let rows = document.children(of: nodes[row].parent).filter { nodes[$0].tag == "tr" }
        guard rows.count > 1, let at = rows.firstIndex(of: row) else { return [] }
        let below = walk(rows[(at + 1)...], prose: prose, layout: layout, box: box, nodes: nodes)
        let above = walk(rows[..<at].reversed(), prose: prose, layout: layout, box: box, nodes: nodes)
        // The short unlinked row just above the first prose row is that section's heading.
        let headings = [above.firstShortBeyond].compactMap { $0 }.filter { layout.linkBytes[$0] == 0 && layout.textBytes[$0] < 120 }
        return below.taken + above.taken + headings
    }

    /// Rows walked away from the winner's row: prose rows with the short rows between them, until
    /// a row that ends the article or too much short text; short rows count only when prose follows
    /// them. `firstShortBeyond` is the first short row past the last prose row taken.
    private static func walk(_ rows: some Sequence<Int>, prose: [Int], layout: PageLayout, box: SplitListingBox,
                             nodes: [HTMLNode]) -> (taken: [Int], firstShortBeyond: Int?) {
        var taken: [Int] = []
        var between: [Int] = []
        var betweenBytes = 0
        // A short row of links crossed since the last prose row (`SplitListingBox`).
        var crossedLink = false
        for r in rows {
            guard let kind = judge(r, prose: prose, layout: layout) else { break }
            switch kind {
            case .empty: continue
            case .prose:
                if crossedLink && !box.repeats(in: r, nodes: nodes) { return (taken, between.first) }
                taken += between + [r]
                between = []
                betweenBytes = 0
                crossedLink = false
            case .shortLink:
                guard box.exists, !crossedLink else { return (taken, between.first) }
                crossedLink = true
            case .short:
                between.append(r)
                betweenBytes += layout.textBytes[r]
            }
            if betweenBytes > maxBetweenBytes { break }
        }
        return (taken, between.first)
    }

    private enum RowKind { case empty, prose, short, shortLink }

    /// Short rows between prose rows: a subheading or two, not a block of other text.
    private static let maxBetweenBytes = 300

    /// nil when the row ends the article (furniture, links, long text without prose).
    private static func judge(_ r: Int, prose: [Int], layout: PageLayout) -> RowKind? {
        if layout.chrome[r] != nil { return nil }
        if layout.textBytes[r] == 0 { return .empty }
        if layout.linkDensity(r) >= 0.3 { return layout.textBytes[r] <= SplitListingBox.maxLinkRowBytes ? .shortLink : nil }
        if prose[r] > 0 { return .prose }
        return layout.textBytes[r] <= maxBetweenBytes ? .short : nil
    }

    /// Bytes of prose blocks (80 bytes or more, under 30% links, outside furniture) below each node.
    private static func proseBytes(document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) -> [Int] {
        let nodes = document.nodes
        var prose = [Int](repeating: 0, count: nodes.count)
        for block in blocks where block.length >= 80 && block.linkDensity < 0.3 && layout.chrome[block.node] == nil {
            prose[block.node] += block.length
        }
        for i in stride(from: nodes.count - 1, through: 1, by: -1) where nodes[i].parent >= 0 { prose[nodes[i].parent] += prose[i] }
        return prose
    }
}
