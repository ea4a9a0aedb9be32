/// A single `<br>` between two lines that are each one inline element of their own (an old table
/// page's `<font>` date, `<font><b>` headline and `<font><i>` byline): the page styled each line
/// apart, so the break ends a paragraph like `<br><br>`, where a break inside running text
/// (bare text on either side, as hard-wrapped prose has) only wraps a line. A line holding a link
/// is left joined: a linked title or a run of linked lines is judged with its neighbours by link
/// density, and alone it would read as a teaser. Both lines are short (a
/// header's date, headline, byline): a long styled run after a short bold label is the label's
/// paragraph, which reads on from it as from a run-in heading.
enum StyledLineBreak {
    /// Longest text of either element, in bytes: a line, not a paragraph.
    static let maximumLineBytes = 160

    /// True when break `index` follows a line whose inked text all lies in one inline element
    /// beside it (`lineFirstInk`...`lastInk`, the line's first and last inked text nodes) and
    /// comes before another inline element that is a line of its own (a `<br>` or the parent's
    /// end follows it). Reads only the break's neighbours: a few node hops per `<br>`.
    /// `textBytes` holds the text bytes below each node.
    static func separates(_ index: Int, lineFirstInk: Int, lastInk: Int, document: HTMLDocument, textBytes: [Int]) -> Bool {
        guard lineFirstInk >= 0, lastInk >= lineFirstInk else { return false }
        let nodes = document.nodes
        let parent = nodes[index].parent
        // The line's element: the ancestor of its first inked text that is the break's sibling.
        var before = lineFirstInk
        while before >= 0 && nodes[before].parent != parent { before = nodes[before].parent }
        guard before >= 0, before < index, !nodes[before].isText, nodes[before].kind.isDisjoint(with: [.lineBreak, .block, .link]),
              textBytes[before] <= maximumLineBytes, lastInk < nodes.subtreeEnd(before), !holdsLink(before, nodes) else { return false }
        // The next line's element, past blank text, and what follows it.
        let after = nextInked(nodes[index].nextSibling, document: document)
        guard after >= 0, !nodes[after].isText, nodes[after].kind.isDisjoint(with: [.lineBreak, .block, .link]),
              textBytes[after] <= maximumLineBytes, !holdsLink(after, nodes) else { return false }
        let following = nextInked(nodes[after].nextSibling, document: document)
        return following < 0 || nodes[following].kind.contains(.lineBreak)
    }

    /// Whether element `node` is or holds a link: its subtree is the contiguous node range after it.
    private static func holdsLink(_ node: Int, _ nodes: [HTMLNode]) -> Bool {
        (node..<nodes.subtreeEnd(node)).contains { nodes[$0].kind.contains(.link) }
    }

    /// `sibling` or the first sibling after it that is not blank text; -1 for none.
    private static func nextInked(_ sibling: Int, document: HTMLDocument) -> Int {
        var node = sibling
        while node >= 0, document.nodes[node].isText, !document.hasInk(node) { node = document.nodes[node].nextSibling }
        return node
    }
}
