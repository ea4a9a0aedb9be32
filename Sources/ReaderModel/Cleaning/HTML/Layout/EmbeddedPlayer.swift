/// Text inside an `<object>`: the fallback an embedded player (a video) shows when its plugin does
/// not run. A reader sees the player, so the text is no paragraph of the page; only the player's
/// description set right under the headline is kept, as the post's opening (`LeadBeforeArticle`).
enum EmbeddedPlayer {
    /// An `<object>` is looked for at most this many levels above a block.
    private static let maxDepth = 8

    /// Levels above the `<object>` at which an element still wraps only the player.
    private static let wrapperDepth = 2

    /// Whether `node` lies inside an `<object>`.
    static func holds(_ node: Int, _ nodes: [HTMLNode]) -> Bool {
        object(above: node, nodes) != nil
    }

    /// The nearest `<object>` above `node`, within `maxDepth` levels.
    static func object(above node: Int, _ nodes: [HTMLNode]) -> Int? {
        var n = nodes[node].parent
        var depth = 0
        while n >= 0, depth < maxDepth {
            // A kind bit, not a tag comparison: this runs for every block of every page.
            if nodes[n].kind.contains(.embeddedObject) { return n }
            n = nodes[n].parent
            depth += 1
        }
        return nil
    }

    /// Whether the furniture mark on `node` (a "video-player" class) comes from the player itself: the
    /// element that set it lies inside the `<object>` or wraps it closely. Such a mark names the
    /// player the text belongs to, so it says nothing against the text being the video's description;
    /// a mark from further out (a sidebar, an ad slot) still does.
    static func namesFurniture(of node: Int, _ nodes: [HTMLNode], _ layout: PageLayout) -> Bool {
        guard layout.chrome[node] != nil, let object = object(above: node, nodes) else { return false }
        let source = layout.chromeSource[node]
        guard source >= 0 else { return false }
        if nodes.isAncestor(object, of: source) || source == object { return true }
        var n = object
        for _ in 1...wrapperDepth {
            n = nodes[n].parent
            if n < 0 { return false }
            if n == source { return true }
        }
        return false
    }
}
