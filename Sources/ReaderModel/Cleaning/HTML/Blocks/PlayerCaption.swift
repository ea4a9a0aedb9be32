/// A caption whose figure holds an embedded player (`iframe`, `video`, `audio`, `embed` or
/// `<object>`) rather than a picture: it says what the clip shows, and a reader who saved the page
/// sees no clip, so it is not read in place as a photo's caption is (`InlineCaption`); it stays
/// with the captions. Told by the markup alone, in any language.
enum PlayerCaption {
    static let evidence = "caption of an embedded player (iframe, video, audio, embed or object) in its figure: kept with the captions, not read in place"

    /// Levels above the caption's own element at which its figure is looked for: a player
    /// component is a wrapper or two around the player and its caption line.
    private static let maxLevels = 3

    /// Text a figure may hold besides its caption (a duration, a "Play" label, a fallback line);
    /// more makes it part of the article, whose other videos say nothing about this caption.
    private static let otherTextAllowed = 200

    /// Nodes a figure's subtree is searched through for a player: a player component is small.
    private static let maxFigureNodes = 400

    /// Whether the caption block at `node` belongs to a player.
    static func underPlayer(_ node: Int, _ nodes: [HTMLNode], _ layout: PageLayout) -> Bool {
        // The element that made the block a caption: the outermost caption element above it.
        var start = node
        var n = node
        while n >= 0, layout.inCaption[n] {
            start = n
            n = nodes[n].parent
        }
        let captionBytes = layout.textBytes[start]
        var figure = start
        for level in 0...maxLevels {
            if level > 0 {
                figure = nodes[figure].parent
                if figure < 0 { return false }
            }
            if layout.textBytes[figure] > captionBytes + otherTextAllowed { return false }
            if holdsPlayer(figure, nodes) { return true }
        }
        return false
    }

    /// Whether a player sits in `element`'s subtree (searched through at most `maxFigureNodes` nodes).
    private static func holdsPlayer(_ element: Int, _ nodes: [HTMLNode]) -> Bool {
        let end = min(nodes.subtreeEnd(element), element + maxFigureNodes)
        for i in element..<end where !nodes[i].kind.isDisjoint(with: [.holdsPlayer, .embeddedObject]) {
            return true
        }
        return false
    }
}
