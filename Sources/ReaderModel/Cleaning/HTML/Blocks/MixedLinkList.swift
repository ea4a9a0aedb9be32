/// A linked item of a list or table in the article whose items are mostly plain text: a list of
/// names of which some link to a page, a table with one linked column. The link is one item's
/// detail, not a list of links to elsewhere (a menu or a list of related stories is linked through).
enum MixedLinkList {
    /// Elements that hold items; an item is found at most this many levels below one.
    private static let listTags: Set<String> = ["ul", "ol", "dl", "table"]
    private static let itemTags: Set<String> = ["li", "dd", "dt", "td", "th"]
    private static let maxDepth = 4

    /// The list or table around an item block `node` when under 70% of its text is linked, it
    /// holds at least 40 bytes of unlinked text and, for a table, at least half of its rows hold
    /// some of it; nil otherwise (also when `node` is no item).
    /// A list or table that holds one of the article's `roots` lays out the page (a table-laid
    /// page's navigation cell beside the text cell) and is no list of the article; an item cell
    /// holding more than half of the root's text is the story's own cell, no item either.
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
        // A table lays out a list of links row by row (a site's news box, a menu beside the
        // text); a short list of links with one plain line is kept as before (a story's summary
        // list of headlines and a note).
        guard nodes[n].tag != "table" || mostItemsHoldPlainText(n, document: document, layout: layout) else { return nil }
        for root in roots {
            var r = root
            while r > n { r = nodes[r].parent }  // parents come before their children
            if r == n { return nil }
            // An item holding most of the root's text is the story's own cell of a layout table
            // (an old page's inner table around the story): its linked lines, "Printer-friendly
            // version" or "<< Back to News", are the page's tools, not a list's items.
            if layout.textBytes[node] * 2 > layout.textBytes[root], isWithin(node, root, nodes) { return nil }
        }
        return n
    }

    /// Whether `node` lies below `ancestor`.
    private static func isWithin(_ node: Int, _ ancestor: Int, _ nodes: [HTMLNode]) -> Bool {
        var n = node
        while n > ancestor { n = nodes[n].parent }
        return n == ancestor
    }

    /// Whether at least half of the items (rows, list items) of `list` that hold text hold some
    /// unlinked text. A navigation or news table links every row and describes one or two of
    /// them, so its unlinked text sits in few rows; a list of names some of which link, or a
    /// table with one linked column, has plain text in most of its items.
    static func mostItemsHoldPlainText(_ list: Int, document: HTMLDocument, layout: PageLayout) -> Bool {
        var withText = 0, withPlainText = 0
        func count(_ parent: Int, depth: Int) {
            for child in document.children(of: parent) where layout.textBytes[child] > 0 {
                let tag = document.nodes[child].tag
                if tag == "tr" || tag == "li" || tag == "dt" || tag == "dd" {
                    withText += 1
                    // A bullet or separator ("-", "|") is no text of its own.
                    if layout.textBytes[child] - layout.linkBytes[child] > 4 { withPlainText += 1 }
                } else if depth < 2, !listTags.contains(tag) {
                    count(child, depth: depth + 1)  // through <tbody> or a wrapper
                }
            }
        }
        count(list, depth: 0)
        return withPlainText * 2 >= withText
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
