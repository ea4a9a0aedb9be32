/// The publisher's own mark for the article text (`itemprop="articleBody"`) as evidence against a
/// higher-scoring element elsewhere: a gallery of fifty captioned slides or a reader poll scores
/// more paragraphs than the story, but the page says which element is the story.
enum MarkedArticleBody {
    /// The page's one `itemprop=articleBody` element when the winner lies in another branch of the
    /// page or inside it beside an article's length of other text, and the marked element is prose, not furniture or a list of
    /// links, long enough to be an article (a few hundred bytes); nil otherwise.
    static func container(winner: Int, nodes: [HTMLNode], layout: PageLayout, minimumBytes: Int = 400) -> Int? {
        guard let marked = soleMarked(nodes), marked != winner, layout.chrome[marked] == nil,
              layout.textBytes[marked] >= minimumBytes, layout.linkDensity(marked) < 0.35,
              !nodes.isAncestor(winner, of: marked) else { return nil }
        // A winner inside the marked element is one embedded part of it (a slide gallery, a
        // quoted release) when the rest of the marked element is itself article-long.
        if nodes.isAncestor(marked, of: winner), layout.textBytes[marked] - layout.textBytes[winner] < minimumBytes { return nil }
        return marked
    }

    private static func soleMarked(_ nodes: [HTMLNode]) -> Int? {
        var found: Int?
        for (i, node) in nodes.enumerated() where !node.isText && node[attribute: "itemprop"]?.lowercased() == "articlebody" {
            if found != nil { return nil }
            found = i
        }
        return found
    }

}
