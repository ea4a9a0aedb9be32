/// The page behind a modal dialog (a consent or sign-up box): the dialog sets `aria-hidden` or
/// `hidden` on the element beside it that holds the page, and a saved page keeps that state. A
/// long consent text can outweigh a short story, so the hidden page is read when a shown sibling
/// of it or of one of its two nearest ancestors says it is a dialog (`role="dialog"`).
enum PageBehindModal {
    static let evidence = "shown from a hidden element that holds the page behind a dialog"

    /// The hidden element holds at least this share of the page's text: a page, not a menu.
    static let minimumShare = 4

    /// True when hidden element `index` is the page behind a dialog. `textBytes`: text bytes below each node.
    static func isPage(_ index: Int, document: HTMLDocument, textBytes: [Int]) -> Bool {
        let nodes = document.nodes
        guard textBytes[index] * minimumShare >= textBytes[0] else { return false }
        guard nodes[index].attributes["hidden"] != nil || nodes[index].attributes["aria-hidden"] == "true" else { return false }
        var n = index
        for _ in 0..<3 {
            let parent = nodes[n].parent
            guard parent >= 0 else { return false }
            for sibling in document.children(of: parent) where sibling != n && !nodes[sibling].isText {
                let role = nodes[sibling].attributes["role"]
                if (role == "dialog" || role == "alertdialog"), !nodes[sibling].kind.contains(.hidden) { return true }
            }
            n = parent
        }
        return false
    }
}
