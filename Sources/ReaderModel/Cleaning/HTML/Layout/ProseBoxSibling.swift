/// A sibling before the article element that is one paragraph written as bare text in its own box
/// (a template's introduction `div` above the body, with a contents box between): read like a
/// sibling `<p>`, since a box holding nothing but sentences of prose is a paragraph by its shape.
enum ProseBoxSibling {
    /// Bytes of text the box must hold: a dateline or a one-line notice stays under it.
    static let minimumBytes = 150
    /// Links the box may carry: an introduction cites a source or two, a teaser is its link.
    static let maximumLinkDensity = 0.1
    /// Sentence ends the text must show (script-neutral, `CitedParagraph.sentenceEnds`).
    static let minimumSentences = 2

    /// True when `sibling`, before the article element `top`, holds exactly one text block, its own
    /// bare text (`blocks[first]`, no block element inside), of prose: `minimumBytes` or more,
    /// under `maximumLinkDensity` links, `minimumSentences` sentence ends.
    static func isParagraph(_ sibling: Int, before top: Int, first: Int?, blocks: [TextBlock], nodes: [HTMLNode]) -> Bool {
        guard sibling < top, let first else { return false }
        let block = blocks[first]
        guard block.length >= minimumBytes, block.linkDensity < maximumLinkDensity else { return false }
        // The box's only block: none of its other blocks before or after this one.
        let end = nodes.subtreeEnd(sibling)
        if first > 0, blocks[first - 1].node >= sibling, blocks[first - 1].node <= end { return false }
        if first + 1 < blocks.count, blocks[first + 1].node >= sibling, blocks[first + 1].node <= end { return false }
        return CitedParagraph.sentenceEnds(in: block.text, atLeast: minimumSentences)
    }

    /// `--explain`'s words for the box's block.
    static let evidence = "a box of bare prose beside the article element, before it (an introduction in its own box)"
}
