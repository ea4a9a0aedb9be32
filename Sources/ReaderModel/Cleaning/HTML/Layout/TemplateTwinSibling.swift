/// A sibling of an unnamed article element built by the same template (an old section front or
/// blog index laying out each day's items as its own bare `<table>`): no class says the boxes
/// belong together, but the same tags nested the same way do, so a day that scored under the
/// sibling threshold joins the others. The short lines between two joined boxes (each day's date
/// heading in a box of its own) are the article's too.
enum TemplateTwinSibling {
    /// Block elements compared, in document order with their depth: enough for a template's item
    /// (a title row, a text cell, a byline cell), more than a box of two cells or a plain list.
    static let shapeLength = 8
    /// Links the sibling may carry: a day of stories cites a few, a list of headlines is its links.
    static let maximumLinkDensity = 0.3
    /// Prose bytes the sibling must hold: a day's items, not an empty copy of the template.
    static let minimumBytes = 200
    /// Bytes a line between two joined boxes may have to be their heading, not a text of its own.
    static let maximumGapBytes = 100

    /// True when `sibling`, like the article element `top`, has no class or id, has `top`'s tag and
    /// `top`'s shape (`topShape`, from `shape(of:nodes:)`: the same first `shapeLength` block elements
    /// below it, tag and depth), and holds `minimumBytes` of text under `maximumLinkDensity` links.
    static func isTwin(_ sibling: Int, of top: Int, topShape: [String]?, document: HTMLDocument, layout: PageLayout) -> Bool {
        let nodes = document.nodes
        guard let topShape, nodes[top].classAndID.isEmpty, nodes[sibling].classAndID.isEmpty, nodes[sibling].tag == nodes[top].tag,
              layout.textBytes[sibling] >= minimumBytes, layout.linkDensity(sibling) < maximumLinkDensity else { return false }
        return shape(of: sibling, nodes: nodes) == topShape
    }

    /// The first `shapeLength` block elements below `root` in document order as depth and tag, or nil
    /// when it holds fewer (too plain a box to say it shares a template). Paragraphs, rules and
    /// inline tags are left out: how many an item has depends on its text, not on the template.
    static func shape(of root: Int, nodes: [HTMLNode]) -> [String]? {
        var found: [String] = []
        found.reserveCapacity(shapeLength)
        // The first node after the subtree.
        let end = nodes.subtreeEnd(root)
        var i = root + 1
        while i < end && found.count < shapeLength {
            let tag = nodes[i].tag
            if nodes[i].kind.contains(.block), tag != "p", tag != "hr" {
                var depth = 0
                var n = nodes[i].parent
                while n != root && n >= 0 { depth += 1; n = nodes[n].parent }
                found.append("\(depth)\(tag)")
            }
            i += 1
        }
        return found.count == shapeLength ? found : nil
    }

    /// Siblings between the first and last of `roots` (children of one parent, some of them template
    /// twins) that hold one short unlinked line and no class: the heading of the box after them.
    static func gapHeadings(roots: [Int], parent: Int, document: HTMLDocument, layout: PageLayout) -> [Int] {
        guard let first = roots.min(), let last = roots.max() else { return [] }
        let nodes = document.nodes
        return document.children(of: parent).filter { child in
            child > first && child < last && !roots.contains(child) && !nodes[child].isText && nodes[child].classAndID.isEmpty
                && layout.chrome[child] == nil && layout.textBytes[child] > 0 && layout.textBytes[child] <= maximumGapBytes
                && layout.linkBytes[child] == 0
        }
    }

    /// `--explain`'s words for a twin's blocks.
    static let evidence = "in a box built like the article element (same tags nested the same way, no class): one more of its template's boxes"
    /// `--explain`'s words for a heading between twins.
    static let gapEvidence = "a short unlinked line between two boxes of the article's template: the next box's heading"
}
