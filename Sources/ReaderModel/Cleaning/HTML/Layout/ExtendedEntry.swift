/// A blog engine's "continue reading" part of a post (`<div id="more">`, "asset-more"): the text
/// after the fold, printed right after the post's body. Its only mark is the weak word "more",
/// which on a box of links names a "more stories" list; here it holds unlinked text and follows
/// the element holding the post's prose, so it continues the post.
enum ExtendedEntry {
    /// Prose the element before it must hold: the post's body, not a teaser or a heading.
    static let minimumProseBefore = 200

    /// True when element `i`, marked only by weak words among which "more", has text and no link
    /// and its previous element sibling holds the post's prose. `raw`/`linked` are text and link
    /// bytes below each node, `prose` the long unlinked text below it.
    static func continuesPost(_ i: Int, nodes: [HTMLNode], words: BoilerplateWords, raw: [Int], linked: [Int], prose: [Int]) -> Bool {
        guard words.isWeakNoise, raw[i] > 0, linked[i] == 0 else { return false }
        let previous = previousElement(i, nodes: nodes)
        guard previous >= 0, prose[previous] >= minimumProseBefore else { return false }
        return BoilerplateWords.words(nodes[i].classAndID).contains("more")
    }

    /// True when `sibling` is such an element right after the article element `top`: it joins the
    /// article though its own text is too short to score.
    static func follows(_ sibling: Int, top: Int, nodes: [HTMLNode], layout: PageLayout) -> Bool {
        guard sibling > top, layout.words[sibling].isWeakNoise, layout.textBytes[sibling] > 0, layout.linkBytes[sibling] == 0,
              previousElement(sibling, nodes: nodes) == top else { return false }
        return BoilerplateWords.words(nodes[sibling].classAndID).contains("more")
    }

    /// The element before `i` under the same parent, or -1: siblings are linked forwards only.
    private static func previousElement(_ i: Int, nodes: [HTMLNode]) -> Int {
        guard nodes[i].parent >= 0 else { return -1 }
        var previous = -1
        var child = nodes[nodes[i].parent].firstChild
        while child >= 0 && child != i {
            if !nodes[child].isText { previous = child }
            child = nodes[child].nextSibling
        }
        return previous
    }

    /// `--explain`'s words for a block of such an element.
    static let evidence = "the post's text after the fold: an unlinked \"more\" box right after the article element"
}
