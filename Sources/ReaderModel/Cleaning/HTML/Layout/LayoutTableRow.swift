/// Old pages lay out with tables: the article's text in one cell and a boxed side essay, part of the
/// same article, in the next. The winner is deep in one cell, so the sibling rule of
/// `ContentFinder` never sees the other: the row holding both cells is the article when the
/// neighbouring cell scores as prose too.
enum LayoutTableRow {
    /// The nearest `tr` above the winner (at most `levels` up) that holds, beside the winner's cell, another
    /// cell scoring at least `share` of the winner's (or, far enough above the winner, scores so itself),
    /// prose rather than links; nil otherwise.
    static func row(around winner: Int, scores: [Int: Double], document: HTMLDocument, layout: PageLayout,
                    levels: Int = 12, share: Double = 0.5) -> Int? {
        let nodes = document.nodes
        guard let winnerScore = scores[winner], winnerScore > 0 else { return nil }
        var cell = winner
        var level = 0
        while cell > 0 && level < levels {
            let row = nodes[cell].parent
            guard row > 0 else { return nil }
            if nodes[cell].tag == "td" && nodes[row].tag == "tr" {
                // A cell's bare text scores its row (a `td` is a paragraph to the scorer); four or more
                // levels above the winner none of that score is the winner's own.
                if level >= 3, let own = scores[row], own >= winnerScore * share, layout.chrome[row] == nil, layout.linkDensity(row) < 0.3 {
                    return row
                }
                for other in document.children(of: row) where other != cell && nodes[other].tag == "td" {
                    if bestScore(in: other, scores: scores, nodes: nodes) >= winnerScore * share,
                       layout.chrome[other] == nil, layout.linkDensity(other) < 0.3 {
                        return row
                    }
                }
            }
            cell = row
            level += 1
        }
        return nil
    }

    /// The highest score of `cell` or an element inside it: nodes are in document order, each subtree contiguous.
    private static func bestScore(in cell: Int, scores: [Int: Double], nodes: [HTMLNode]) -> Double {
        let last = nodes.subtreeEnd(cell)
        var best = -Double.infinity
        for (node, score) in scores where node >= cell && node < last { best = max(best, score) }
        return best
    }
}

