/// Text inside an `<object>`: the fallback an embedded player (a video) shows when its plugin does
/// not run. A reader sees the player, so the text is no paragraph of the page; only the player's
/// description set right under the headline is kept, as the post's opening (`LeadBeforeArticle`).
enum EmbeddedPlayer {
    /// An `<object>` is looked for at most this many levels above a block.
    private static let maxDepth = 8

    /// Whether `node` lies inside an `<object>`.
    static func holds(_ node: Int, _ nodes: [HTMLNode]) -> Bool {
        var n = nodes[node].parent
        var depth = 0
        while n >= 0, depth < maxDepth {
            if nodes[n].tag == "object" { return true }
            n = nodes[n].parent
            depth += 1
        }
        return false
    }
}
