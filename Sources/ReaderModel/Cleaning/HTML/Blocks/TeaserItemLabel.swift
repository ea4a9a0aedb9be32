/// A short line left in a list item whose headline link was removed as a teaser: the category,
/// section name or comment count printed under each linked headline of a "Don't miss" box. Without
/// its headline the line is a stray word among the article's paragraphs.
enum TeaserItemLabel {
    /// The list items (`li`) holding one of the removed linked lines `removedLinks` below them (an
    /// item that is itself the linked line is no card with a label), each with that line's node.
    static func items(holding removedLinks: [Int], nodes: [HTMLNode]) -> [Int: Int] {
        var items: [Int: Int] = [:]
        for link in removedLinks {
            if let item = nearestItem(of: link, nodes: nodes), item != link { items[item] = link }
        }
        return items
    }

    /// The list item whose label the kept block `node` (of `length` bytes) is, or nil: the block is
    /// at most `maximumLabelBytes` beside (not holding) the item's removed link line, the item is
    /// mostly linked text, and its list holds at least `minimumItems` such items (one item alone may
    /// be an author's list entry). A linked line put back later (a lone link between paragraphs) is
    /// still in `items`: its item is then no teaser, so the caller passes only lines still removed.
    static func item(of node: Int, length: Int, items: [Int: Int], nodes: [HTMLNode], layout: PageLayout) -> Int? {
        guard length <= maximumLabelBytes, !items.isEmpty, let item = nearestItem(of: node, nodes: nodes), item != node,
              let link = items[item], !nodes.isAncestor(node, of: link), layout.linkDensity(item) >= 0.5 else { return nil }
        let list = nodes[item].parent
        var siblings = 0
        var child = nodes[list].firstChild
        while child >= 0 {
            if items[child] != nil { siblings += 1 }
            child = nodes[child].nextSibling
        }
        return siblings >= minimumItems ? item : nil
    }

    /// The `li` at or a few levels above `node`.
    private static func nearestItem(of node: Int, nodes: [HTMLNode]) -> Int? {
        var n = node
        var steps = 0
        while n > 0, steps <= maximumDepthInItem {
            if nodes[n].tag == "li" { return nodes[n].parent >= 0 ? n : nil }
            n = nodes[n].parent
            steps += 1
        }
        return nil
    }

    /// A word or two ("Mobile", "Slideshow", "12 comments"); a longer line is the item's blurb.
    static let maximumLabelBytes = 40
    static let minimumItems = 3
    /// `li > div > p`: teaser items wrap their lines in a level or two of their own.
    private static let maximumDepthInItem = 4
}
