/// A page of several posts (a blog's front page, a day's archive): each post sits in a unit the
/// template repeats (same tag, same class), and the winner is one post's body inside one unit.
/// Lifting the winner to its unit lets the sibling rule of `ContentFinder` take every unit.
enum RepeatedPostUnit {
    /// The element at most `levels` above the winner whose parent holds at least `minimumRepeats`
    /// other children of the same tag and class that are text, not furniture or lists of links;
    /// nil when the winner's own element repeats (the sibling rule already takes it) or none does.
    static func unit(around winner: Int, document: HTMLDocument, layout: PageLayout, levels: Int = 2, minimumRepeats: Int = 2) -> Int? {
        let nodes = document.nodes
        var n = winner
        for level in 0...levels {
            let parent = nodes[n].parent
            guard parent > 0 else { return nil }
            if repeats(of: n, in: parent, document: document, layout: layout) >= minimumRepeats { return level == 0 ? nil : n }
            if ["body", "html"].contains(nodes[parent].tag) { return nil }
            n = parent
        }
        return nil
    }

    private static func repeats(of n: Int, in parent: Int, document: HTMLDocument, layout: PageLayout) -> Int {
        let nodes = document.nodes
        let node = nodes[n]
        guard !node.classAndID.isEmpty else { return 0 }
        var count = 0
        for sibling in document.children(of: parent) where sibling != n {
            let other = nodes[sibling]
            if other.tag == node.tag, other.classAndID == node.classAndID, layout.chrome[sibling] == nil,
               layout.textBytes[sibling] >= 100, layout.linkDensity(sibling) < 0.3 {
                count += 1
            }
        }
        return count
    }
}
