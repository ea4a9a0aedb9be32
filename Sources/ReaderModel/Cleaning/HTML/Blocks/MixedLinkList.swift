/// A linked item of a list or table in the article whose items are mostly plain text: a list of
/// names of which some link to a page, a table with one linked column. The link is one item's
/// detail, not a list of links to elsewhere (a menu or a list of related stories is linked through).
enum MixedLinkList {
    /// Elements that hold items; an item is found at most this many levels below one.
    private static let listTags: Set<String> = ["ul", "ol", "dl", "table"]
    private static let itemTags: Set<String> = ["li", "dd", "dt", "td", "th"]
    private static let maxDepth = 4

    /// The list or table around an item block `node` when under 70% of its text is linked and it
    /// holds at least 40 bytes of unlinked text; nil otherwise (also when `node` is no item).
    /// A list or table that holds one of the article's `roots` lays out the page (a table-laid
    /// page's navigation cell beside the text cell) and is no list of the article.
    static func container(of node: Int, document: HTMLDocument, layout: PageLayout, roots: [Int]) -> Int? {
        let nodes = document.nodes
        guard itemTags.contains(nodes[node].tag) else { return nil }
        var n = nodes[node].parent
        var depth = 0
        while n >= 0, depth < maxDepth, !listTags.contains(nodes[n].tag) {
            n = nodes[n].parent
            depth += 1
        }
        guard n >= 0, depth < maxDepth else { return nil }
        let text = layout.textBytes[n], links = layout.linkBytes[n]
        guard text - links >= 40, links * 10 < text * 7 else { return nil }
        for root in roots {
            var r = root
            while r > n { r = nodes[r].parent }  // parents come before their children
            if r == n { return nil }
        }
        return n
    }

    /// `--explain`: the list and how much of it is linked.
    static func evidence(_ list: Int, document: HTMLDocument, layout: PageLayout) -> String {
        let text = max(1, layout.textBytes[list])
        return "a linked item in a <\(document.nodes[list].tag)> of the article whose text is mostly unlinked (\(text) bytes, links \(layout.linkBytes[list] * 100 / text)%)"
    }

    /// The kept linked items (explained indices) whose text another block of the page repeats: a
    /// headline listed twice (a "most read" list in the article and a related box) is a teaser.
    static func shownTwice(_ items: [Int], blocks: [ExplainedBlock]) -> Set<Int> {
        guard !items.isEmpty else { return [] }
        var seen: [String: Int] = [:]
        for block in blocks { seen[block.text, default: 0] += 1 }
        return Set(items.filter { seen[blocks[$0].text, default: 0] >= 2 })
    }
}
