/// A paragraph of a `<blockquote>` in the article that is wholly one link and reads as a quotation
/// (“...” or a finished sentence): the author quotes a source and links the quote to it. A teaser
/// is a title, which neither sits in a blockquote nor closes as a sentence or a quote.
enum LinkedQuotation {
    /// Bytes a quotation needs: a short linked line in a quote box is a credit or a handle.
    static let minimumBytes = 80
    /// How far above the block a `<blockquote>` may sit (the `p`, then the quote box itself).
    static let maximumDepth = 3

    static let evidence = "a quotation in <blockquote> linked through to its source"

    /// True when the block at `node` with `text` (of `length` bytes) is such a quotation.
    static func holds(_ text: String, length: Int, node: Int, nodes: [HTMLNode]) -> Bool {
        guard length >= minimumBytes, inBlockquote(node, nodes) else { return false }
        return LinkedSentenceRun.closesSentence(text) || isQuoted(text)
    }

    /// The text opens and closes with quotation marks (a quote cut short by an ellipsis closes no sentence).
    static func isQuoted(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return opening.contains(first) && closing.contains(last)
    }

    private static let opening: Set<Unicode.Scalar> = ["\"", "“", "„", "«", "‘", "「", "『"]
    private static let closing: Set<Unicode.Scalar> = ["\"", "”", "“", "»", "’", "」", "』"]

    private static func inBlockquote(_ node: Int, _ nodes: [HTMLNode]) -> Bool {
        var n = node
        for _ in 0..<maximumDepth where n >= 0 {
            if nodes[n].tag == "blockquote" { return true }
            n = nodes[n].parent
        }
        return false
    }
}
