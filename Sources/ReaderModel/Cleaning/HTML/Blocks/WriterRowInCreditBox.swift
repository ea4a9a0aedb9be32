/// A writer's labelled row ("Penulis: Dimas Prasetyo", "Autor: Ana Ruiz") in a box whose class names
/// a credit ("read__credit"), a word templates use for photo credits as much as for the story's
/// credits. A box that holds no picture and sits in no `figure` credits no photo: a row opening with
/// a byline label there is the article's byline, not a caption.
enum WriterRowInCreditBox {
    static let evidence = "a labelled writer's row in a credit-classed box that holds no picture: the byline"
    /// Elements walked at most, up and down: a credit box is small.
    private static let maximumNodes = 60

    static func matches(_ block: TextBlock, document: HTMLDocument, layout: PageLayout) -> Bool {
        guard block.length < 160,
              BylineLabels.name(in: Substring(block.text), anywhere: false) != nil else { return false }
        let nodes = document.nodes
        // The topmost element of the caption the block sits in.
        var box = block.node
        var steps = 0
        while nodes[box].parent >= 0, layout.inCaption[nodes[box].parent], steps < 8 {
            box = nodes[box].parent
            steps += 1
        }
        let end = nodes.subtreeEnd(box)
        guard end - box <= maximumNodes, nodes[box].tag != "figure", nodes[box].tag != "figcaption" else { return false }
        return !((box + 1)..<end).contains { nodes[$0].tag == "img" || nodes[$0].tag == "figure" || nodes[$0].tag == "picture" }
    }
}
