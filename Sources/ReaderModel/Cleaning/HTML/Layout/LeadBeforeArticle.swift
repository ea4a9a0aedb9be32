/// The story's opening paragraph set between its headline and the element the content finder
/// chose (a standfirst or first paragraph in the header band, an introduction above a contents
/// box): the headline says where the article starts, so prose right under it belongs to it.
enum LeadBeforeArticle {
    /// At most this many blocks between the headline and the article element: a headline far above
    /// the article (a page header over teasers) does not reach it.
    static let maximumBlocksBetween = 16

    /// The prose blocks (80 bytes or more, under 30% links, outside furniture, captions, metadata
    /// and headings; their texts, as a block of bare text may sit in a wrapper that also holds the article) that lie after the page's headline (`PageLayout.titledHeading`, outside
    /// the roots) and before the first block of the roots, when no more than `maximumBlocksBetween`
    /// blocks lie between, none of them outside furniture a heading or a linked line, and the lead
    /// is shorter than the article; empty otherwise.
    static func paragraphs(roots: [Int], document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) -> Set<String> {
        guard let headline = layout.titledHeading, layout.chrome[headline] == nil else { return [] }
        let nodes = document.nodes
        let ranges = roots.map { ($0, nodes.subtreeEnd($0)) }
        func inRoots(_ n: Int) -> Bool { ranges.contains { n >= $0.0 && n <= $0.1 } }
        guard !inRoots(headline) else { return [] }
        let headlineEnd = nodes.subtreeEnd(headline)
        // Blocks are in page order. A block of bare text is numbered by its wrapper, which may
        // come before the headline, so the headline's own blocks say where it ends.
        guard var firstAfter = blocks.firstIndex(where: { $0.node >= headline && $0.node <= headlineEnd }) else { return [] }
        while firstAfter < blocks.count, blocks[firstAfter].node >= headline, blocks[firstAfter].node <= headlineEnd { firstAfter += 1 }
        guard firstAfter < blocks.count,
              let firstRoot = blocks[firstAfter...].firstIndex(where: { inRoots($0.node) }),
              firstRoot - firstAfter <= maximumBlocksBetween else { return [] }
        var lead: Set<String> = []
        var leadBytes = 0
        var seenBlock = false
        for block in blocks[firstAfter..<firstRoot] {
            let n = block.node
            // A player's own name ("video-player") around its description marks the player, not the text.
            guard layout.chrome[n] == nil || EmbeddedPlayer.namesFurniture(of: n, nodes, layout) else { continue }
            // The first line under the headline, short and linked, is the author's name (a byline
            // its class does not name), not a list of links.
            let bylineLink = !seenBlock && block.length < 50
            seenBlock = true
            // A second heading (the post's own under a site-name `<h1>`) or a list of links outside
            // furniture (related stories under a photo) says the text between is not the story's opening.
            // A player's own link (the poster and its status line, inside the `<object>`) is the
            // video under the headline, not a list of links.
            let playerLink = EmbeddedPlayer.holds(n, nodes)
            if nodes[n].kind.contains(.heading) || (block.linkDensity > 0.5 && !layout.inMetadata[n] && !bylineLink && !playerLink) { return [] }
            // An embedded video's caption under the headline is the video post's opening; a photo's is not.
            guard block.length >= 80, block.linkDensity < 0.3, !layout.inCaption[n] || EmbeddedPlayer.holds(n, nodes),
                  !layout.inMetadata[n] else { continue }
            lead.insert(block.text)
            leadBytes += block.length
        }
        let articleBytes = roots.reduce(0) { $0 + layout.textBytes[$1] }
        guard !lead.isEmpty, leadBytes * 2 < articleBytes else { return [] }
        return lead
    }
}
