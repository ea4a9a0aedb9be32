/// A section front or index page has no article, only teasers: units the template repeats (same
/// tag and class), each a linked heading over a linked summary. Every paragraph is a link, so link
/// density scores them all near zero and the page comes out empty; the list of teasers is what the
/// page has to read.
enum TeaserList {
    /// The element (outside furniture) whose children include at least `minimumUnits` elements of one
    /// tag and class that each hold a heading, the one with the most text of several; nil when the
    /// page has none. Only asked when no element scored as an article (`ContentFinder`), so one pass
    /// over the tree on those pages only.
    static func container(document: HTMLDocument, layout: PageLayout, minimumUnits: Int = 3) -> Int? {
        let nodes = document.nodes
        var holdsHeading = [Bool](repeating: false, count: nodes.count)
        for i in stride(from: nodes.count - 1, through: 1, by: -1) where nodes[i].parent >= 0 {
            if holdsHeading[i] || nodes[i].kind.contains(.heading) { holdsHeading[nodes[i].parent] = true }
        }
        // Teaser units per (parent, tag and class).
        var units: [Int: [String: Int]] = [:]
        for (i, node) in nodes.enumerated() where !node.isText && !node.classAndID.isEmpty && holdsHeading[i] && node.parent > 0 {
            guard layout.chrome[i] == nil, layout.textBytes[i] > 0 else { continue }
            units[node.parent, default: [:]][node.tag + " " + node.classAndID, default: 0] += 1
        }
        var best: Int?
        for (parent, counts) in units where (counts.values.max() ?? 0) >= minimumUnits && layout.chrome[parent] == nil {
            if best.map({ layout.textBytes[parent] > layout.textBytes[$0] }) ?? true { best = parent }
        }
        return best
    }
}
