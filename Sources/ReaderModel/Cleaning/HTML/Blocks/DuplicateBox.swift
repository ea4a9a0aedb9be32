/// A box that repeats an earlier box of the same name word for word: the page shows one box twice
/// (a print-only copy of the article's header above the screen one, a mobile copy beside the
/// desktop one), so the second copy's text is no new text of the article.
enum DuplicateBox {
    /// At least this many bytes of text in the box: a short box ("Reply", a name) repeats by nature.
    static let minimumBytes = 80

    static let evidence = "repeats an earlier box of the same name holding the same text (one box shown twice)"

    /// True when `container` and `earlier` are distinct elements, neither inside the other, of the
    /// same class and id, holding the same number of text bytes (at least `minimumBytes`).
    static func isCopy(_ container: Int, of earlier: Int, nodes: [HTMLNode], layout: PageLayout) -> Bool {
        guard container != earlier, layout.textBytes[container] >= minimumBytes,
              layout.textBytes[container] == layout.textBytes[earlier],
              !nodes[container].classAndID.isEmpty,
              nodes[container].classAndID == nodes[earlier].classAndID,
              !nodes.isAncestor(container, of: earlier), !nodes.isAncestor(earlier, of: container) else { return false }
        return true
    }
}
