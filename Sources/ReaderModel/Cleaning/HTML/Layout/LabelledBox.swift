/// A box inside the article that holds one long text under a short label (a "Show full text"
/// toggle, a `<summary>`): a quoted release, a transcript, a boxed aside. It scores more
/// paragraphs than the story's own opening, so it wins, and the story's paragraphs, which sit beside
/// the box and not beside the winner, are lost. The box is one unit of the article: lifting the
/// winner to it lets the sibling rule of `ContentFinder` take the paragraphs beside it.
enum LabelledBox {
    /// The winner's parent (below `<body>`) when everything else in it is a label of at most
    /// `maximumLabelBytes` (no prose, no heading, at most two elements) and the parent itself
    /// follows at least `minimumProseSiblings` paragraphs of prose (`p`, 80 bytes or more, under 25%
    /// links) outside furniture; nil otherwise.
    static func box(around winner: Int, document: HTMLDocument, layout: PageLayout,
                    maximumLabelBytes: Int = 60, minimumProseSiblings: Int = 1) -> Int? {
        let nodes = document.nodes
        let parent = nodes[winner].parent
        guard parent > 0, !["body", "html"].contains(nodes[parent].tag), layout.chrome[parent] == nil else { return nil }
        var labels = 0
        var labelBytes = 0
        for child in document.children(of: parent) where child != winner && layout.textBytes[child] > 0 {
            labels += 1
            labelBytes += layout.textBytes[child]
            // A heading over the text makes the box a post (headline and body), whose neighbours are
            // the page's, not the story's; a paragraph is prose, not a label (a `<summary>` is the
            // label of a `<details>` toggle).
            let isProse = nodes[child].kind.contains(.paragraph) && nodes[child].tag != "summary"
            if labels > 2 || labelBytes > maximumLabelBytes || isProse || holdsHeading(child, nodes) {
                return nil
            }
        }
        guard labels > 0 else { return nil }
        let outer = nodes[parent].parent
        guard outer > 0 else { return nil }
        var prose = 0
        // Only the paragraphs before the box open the story; those after a post are the site's notes.
        for sibling in document.children(of: outer) {
            if sibling == parent { break }
            if nodes[sibling].tag == "p", layout.chrome[sibling] == nil, layout.textBytes[sibling] >= 80, layout.linkDensity(sibling) < 0.25 { prose += 1 }
        }
        return prose >= minimumProseSiblings ? parent : nil
    }

    /// The element is a heading or holds one (nodes are in document order, each subtree contiguous).
    private static func holdsHeading(_ element: Int, _ nodes: [HTMLNode]) -> Bool {
        (element..<nodes.subtreeEnd(element)).contains { nodes[$0].kind.contains(.heading) }
    }
}
