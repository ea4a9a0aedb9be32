/// A few short lines after a horizontal rule (`<hr>`) that ends the article's prose: the page's
/// footer set inside the article's cell ("Go to top of page", "Back to the index", "Last
/// updated ..."). Hand-made pages close their text with a rule and put their footer under it;
/// an article's own sections are longer than a few short lines, so only a short tail goes.
enum RuleClosedFooter {
    static let evidence = "short line under a horizontal rule (<hr>) that closes the article's prose: the page's footer"

    /// A tail of more lines than this is a section of the article.
    static let maximumLines = 3
    /// Each line of the footer is shorter than this (in bytes): no sentence of prose.
    static let maximumLineBytes = 90
    /// Prose before the rule: a short page's rule may be its only divider.
    static let minimumStoryBytes = 600

    /// Index of the first candidate of the footer among the article's body candidates (node in
    /// document order, length in bytes), nil when the article ends with no such tail.
    static func start(_ candidates: [(node: Int, length: Int)], nodes: [HTMLNode]) -> Int? {
        let count = candidates.count
        guard count > maximumLines else { return nil }
        var k = count
        // Walk back over the short tail, at most `maximumLines` lines, looking for the rule above one.
        while k > count - maximumLines, candidates[k - 1].length < maximumLineBytes {
            k -= 1
            let above = candidates[k - 1].node, here = candidates[k].node
            guard above < here else { continue }
            if ruled(between: above, and: here, nodes: nodes) {
                let story = candidates[..<k].reduce(0) { $0 + $1.length }
                return story >= minimumStoryBytes ? k : nil
            }
        }
        return nil
    }

    /// An `<hr>` lies after node `above`'s subtree and before node `here` in document order.
    private static func ruled(between above: Int, and here: Int, nodes: [HTMLNode]) -> Bool {
        // Only the gap after the block above: an `<hr>` inside it is that block's own divider.
        var i = nodes.subtreeEnd(above)
        while i < here {
            if nodes[i].tag == "hr" { return true }
            i += 1
        }
        return false
    }
}
