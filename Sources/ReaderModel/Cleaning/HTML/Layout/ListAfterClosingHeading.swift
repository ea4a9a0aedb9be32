/// A closing heading whose list the template moved out of the article's element: the chosen
/// element ends on a short unlinked heading ("What you can do:", "Which tools does it need?") and
/// the element right after it is a list of plain items, each a line of prose rather than a link or
/// a label. Items are short by nature, so the prose rule of `ContinuationAfterHeading` (blocks of
/// 80 bytes) never sees them; a heading may end in a question or a colon since it asks what the
/// list answers. A "Related" or "Share" list is linked or made of one-word labels and never qualifies.
enum ListAfterClosingHeading {
    /// Items the list must hold: fewer is a pair of links or a caption and a credit.
    static let minimumItems = 3
    /// The items' mean length in bytes: labels and buttons are shorter.
    static let minimumMeanItemBytes = 25
    /// Link share of the items together (the caller has checked the whole element already).
    static let maximumItemLinkDensity = 0.1

    /// `list` is a `ul`/`ol` of plain prose items introduced by the heading line `heading`.
    static func holds(heading: TextBlock, list: Int, document: HTMLDocument, layout: PageLayout) -> Bool {
        guard isIntroducingLine(heading) else { return false }
        let nodes = document.nodes
        guard nodes[list].tag == "ul" || nodes[list].tag == "ol" else { return false }
        var items = 0
        var bytes = 0
        var links = 0
        var child = nodes[list].firstChild
        while child >= 0 {
            if nodes[child].tag == "li", layout.textBytes[child] > 0 {
                items += 1
                bytes += layout.textBytes[child]
                links += layout.linkBytes[child]
            }
            child = nodes[child].nextSibling
        }
        guard items >= minimumItems, bytes >= minimumMeanItemBytes * items else { return false }
        return Double(links) <= maximumItemLinkDensity * Double(bytes)
    }

    /// A heading line as `ContinuationAfterHeading` reads one, or one ending in "?" or ":".
    private static func isIntroducingLine(_ block: TextBlock) -> Bool {
        if ContinuationAfterHeading.isHeadingLine(block) { return true }
        guard block.length < ContinuationAfterHeading.maximumHeadingBytes, block.linkLength == 0, let last = block.text.last else { return false }
        return last == "?" || last == ":" || last == "？" || last == "：" || last == "؟"
    }
}
