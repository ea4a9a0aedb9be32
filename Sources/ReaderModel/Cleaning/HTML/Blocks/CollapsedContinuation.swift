/// The rest of a story held back behind a "Read more" button: an element hidden by its `hidden`
/// attribute that opens with a paragraph and follows a paragraph of prose in the same parent. The
/// text is in the saved page, and a click would show it; a menu, share dialog or stale variant a
/// page hides opens with a list or a link, or sits after no paragraph, so it stays hidden.
enum CollapsedContinuation {
    static let evidence = "shown from a part hidden behind a \"Read more\" button (a hidden element opening with a paragraph, after one)"

    /// Bytes of text the paragraph before the hidden part holds, at least: a story's, not a label's.
    static let minimumPreviousBytes = 80

    /// True when hidden element `index` continues the paragraphs before it. `textBytes`: text
    /// bytes below each node.
    static func isShown(_ index: Int, document: HTMLDocument, textBytes: [Int]) -> Bool {
        let nodes = document.nodes
        guard nodes[index].attributes["hidden"] != nil, nodes[index].attributes["aria-hidden"] != "true",
              textBytes[index] > 0 else { return false }
        let parent = nodes[index].parent
        guard parent >= 0 else { return false }
        var previous = -1
        for child in document.children(of: parent) {
            if child == index { break }
            if !nodes[child].isText { previous = child }
        }
        guard previous >= 0, nodes[previous].tag == "p", !nodes[previous].kind.contains(.hidden),
              textBytes[previous] >= minimumPreviousBytes else { return false }
        let first = document.children(of: index).first { !nodes[$0].isText || document.hasInk($0) }
        return first.map { nodes[$0].tag == "p" } ?? false
    }
}
