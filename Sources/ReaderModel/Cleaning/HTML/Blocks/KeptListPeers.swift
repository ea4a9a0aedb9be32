/// A linked item of a list (`ul`/`ol`) in the article whose other items the article keeps as its
/// text: a list of deals, works or sources, each a link with words of its own after it, where a
/// longer link tips one item over the link-density bar. The item goes with its list. An item that
/// is one link and nothing else stays a teaser even there, and a list whose items were mostly
/// removed for their links stays a list of links.
enum KeptListPeers {
    /// Kept items a list needs, and at least as many as its removed linked items.
    static let minimumKept = 2

    /// For each removed linked item (its block element and byte counts), whether it goes back to its
    /// list because the list's items among `kept` (block elements of the kept paragraphs) are at
    /// least `minimumKept` and no fewer than its removed items.
    static func restored(_ removed: [(node: Int, length: Int, linkLength: Int)], kept: [Int], nodes: [HTMLNode]) -> [Bool] {
        guard !removed.isEmpty else { return [] }
        let lists = removed.map { LeadInLinkList.list(around: $0.node, nodes: nodes) }
        guard lists.contains(where: { $0 != nil }) else { return removed.map { _ in false } }
        var removedCount: [Int: Int] = [:]
        for list in lists { if let list { removedCount[list, default: 0] += 1 } }
        var keptCount: [Int: Int] = [:]
        for node in kept {
            if let list = LeadInLinkList.list(around: node, nodes: nodes), removedCount[list] != nil { keptCount[list, default: 0] += 1 }
        }
        return zip(removed, lists).map { item, list in
            guard let list, item.linkLength < item.length, let k = keptCount[list] else { return false }
            return k >= minimumKept && k >= removedCount[list, default: 0]
        }
    }

    static let evidence = "a linked item with words of its own, in a list of the article that keeps as many of its items or more: one of the list"
}
