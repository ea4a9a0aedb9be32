/// The page's headline as DOM evidence for where the article is: a short article sits right
/// below its `<h1>`, so a scored element holding that headline outranks a long boilerplate
/// paragraph (a browser notice, a disclosure) in another branch of the page.
enum HeadlineAnchor {
    /// The scored element within three levels above the page's headline `<h1>` (`TitledHeadline`) when the winner lies in
    /// another branch of the page (their nearest common ancestor is the page or a wrapper holding
    /// twice the text of both), it scores at least
    /// `share` of the winner's and it is prose, not a list of links; nil otherwise. Only a winner
    /// scored by one or two paragraphs is overruled, and only by an element scored by three or more: an article
    /// of many paragraphs away from a headline in a page header is still the article.
    static func container(winner: Int, scores: [Int: Double], paragraphs: [Int: Int], nodes: [HTMLNode],
                          layout: PageLayout, headline: Int?, share: Double = 0.25) -> Int? {
        guard paragraphs[winner, default: 0] <= 2, let headline, let winnerScore = scores[winner] else { return nil }
        var best: Int?
        var n = nodes[headline].parent
        var level = 0
        while n > 0 && level < 3 && !["body", "html"].contains(nodes[n].tag) {
            if let s = scores[n], s >= winnerScore * share, paragraphs[n, default: 0] >= 3, layout.chrome[n] == nil, layout.linkDensity(n) < 0.35,
               best.map({ s > scores[$0]! }) ?? true {
                best = n
            }
            n = nodes[n].parent
            level += 1
        }
        guard let best, inOtherBranches(best, winner, nodes, layout) else { return nil }
        return best
    }

    /// True when the nearest element holding both `a` and `b` is the page itself or a wrapper with
    /// more than twice their text (the rest of the page between them), not an article around both.
    static func inOtherBranches(_ a: Int, _ b: Int, _ nodes: [HTMLNode], _ layout: PageLayout) -> Bool {
        var above = Set<Int>()
        var n = a
        while n >= 0 { above.insert(n); n = nodes[n].parent }
        n = b
        while n >= 0 && !above.contains(n) { n = nodes[n].parent }
        guard n > 0, n != a, n != b, !["body", "html"].contains(nodes[n].tag) else { return n != a && n != b }
        return layout.textBytes[n] > 2 * (layout.textBytes[a] + layout.textBytes[b])
    }
}
