/// A blog post of a few lines (a headline, a date, one paragraph, a list of links) beside a longer
/// about-box, blog-roll, footer widget or comment thread: the scores favour the longer text, but the
/// heading that repeats the page's stated title (`og:title`, `<title>`) marks where the post is.
enum TitledPost {
    /// The page's heading (`h1`–`h4`, outside furniture) that repeats its stated title: equal to it,
    /// else most of it ("Blog name: Post title", "Post | Site"), else a long part of it (15 letters
    /// or more, before a long tagline). The site's name is contained in the title too, but as its
    /// shorter part, so a closer match wins over a higher level; among equals the highest level
    /// wins when it is alone at that level; nil otherwise.
    static func headline(in document: HTMLDocument, layout: PageLayout) -> Int? {
        headline(in: document) { layout.chrome[$0] != nil }
    }

    /// The same, judging furniture by `isFurniture` (nothing is furniture yet while `PageLayout` is built).
    static func headline(in document: HTMLDocument, isFurniture: (Int) -> Bool) -> Int? {
        let statedLetters = [document.meta.first { $0.key == "og:title" }?.value, document.title].compactMap { $0 }
            .map(TitleLetters.of).filter { !$0.isEmpty }
        guard !statedLetters.isEmpty else { return nil }
        var best: (index: Int, rank: Int)?
        var tied = false
        for (i, node) in document.nodes.enumerated() where node.kind.contains(.heading) && !isFurniture(i) {
            let tag = node.tag.utf8
            guard tag.count == 2, let digit = tag.last, digit >= 49, digit <= 52 else { continue }  // h1...h4
            let letters = TitleLetters.of(document.text(of: i))
            guard letters.count >= 3 else { continue }
            let quality = statedLetters.map { title -> Int in
                if title == letters { return 3 }
                guard letters.count >= 8, TitleLetters.contains(title, letters) else { return 0 }
                return letters.count * 2 > title.count ? 2 : letters.count >= 15 ? 1 : 0
            }.max() ?? 0
            guard quality > 0 else { continue }
            // Closer match first, then higher level (h1 before h2).
            let rank = quality * 10 + (53 - Int(digit))
            if let current = best, current.rank > rank { continue }
            if let current = best, current.rank == rank {
                tied = true
            } else {
                best = (i, rank)
                tied = false
            }
        }
        guard let best, !tied else { return nil }
        return best.index
    }

    /// The nearest element above `headline` (at most `levels` up, below `<body>`) that holds text
    /// under the headline that is neither furniture nor a byline or date, when the winner lies in
    /// another branch of the page named for furniture, or named for nothing and either apart from
    /// the post (`HeadlineAnchor.inOtherBranches`) or beside a post of `minimumPostBytes` or more; nil
    /// when that element holds the winner, sits in a header band, or the winner's branch is named
    /// for an article. A `<header>` or "header"-classed band
    /// is never the post, only a step up to it.
    static func container(winner: Int, headline: Int, document: HTMLDocument, blocks: [TextBlock], layout: PageLayout,
                          levels: Int = 4) -> Int? {
        let nodes = document.nodes
        guard !nodes.isAncestor(headline, of: winner) else { return nil }
        let headlineEnd = nodes.subtreeEnd(headline)
        var n = nodes[headline].parent
        var level = 0
        while n > 0 && level < levels && !["body", "html"].contains(nodes[n].tag) {
            if nodes.isAncestor(n, of: winner) || nodes.isAncestor(winner, of: n) { return nil }
            // A header band holds the headline and a standfirst, not the post: look further up.
            let text = isHeaderBand(n, nodes) ? 0 : postText(in: n, skipping: headline ..< headlineEnd, nodes: nodes, blocks: blocks, layout: layout)
            if text > 0 {
                // A post inside the page's header band is its logo and tagline.
                var above = nodes[n].parent
                while above > 0 {
                    if isHeaderBand(above, nodes) { return nil }
                    above = nodes[above].parent
                }
                switch branchName(of: winner, beside: n, nodes: nodes, layout: layout) {
                case .furniture: return n
                case .article: return nil
                // Unnamed: a wrapper holding little else than the two may be one article's header and
                // text; a post's length of text under the headline (a list of linked items, a table)
                // is a post of its own, whatever the page's other columns hold.
                case .unnamed: return text >= minimumPostBytes || HeadlineAnchor.inOtherBranches(n, winner, nodes, layout) ? n : nil
                }
            }
            n = nodes[n].parent
            level += 1
        }
        return nil
    }

    /// Text under the headline that is a post of its own, not a header's standfirst.
    static let minimumPostBytes = 500

    /// What the winner's own branch (the elements from it up to, not including, the one it shares
    /// with the post) is named for.
    private enum BranchName { case furniture, article, unnamed }

    /// Furniture when any element of the branch is named for it (a sidebar, a widget, a footer,
    /// comments, a header, an author box); article when one is named for an article ("article-body",
    /// "entry", "story"): then the headline sits in a header band of its own and the winner is the
    /// article's text; unnamed otherwise.
    private static func branchName(of winner: Int, beside post: Int, nodes: [HTMLNode], layout: PageLayout) -> BranchName {
        var n = winner
        var named = false
        while n > 0, !nodes.isAncestor(n, of: post) {
            let words = layout.words[n]
            if words.noise != nil || words.namesAuthor || words.isMetadata || ["aside", "footer", "nav", "header"].contains(nodes[n].tag)
                || isHeaderBand(n, nodes) { return .furniture }
            if words.isPositive { named = true }
            n = nodes[n].parent
        }
        return named ? .article : .unnamed
    }

    /// Bytes of the blocks inside `element` (outside `skipped`) that a reader would read as the post:
    /// not furniture, not a byline or date line, with letters.
    private static func postText(in element: Int, skipping skipped: Range<Int>, nodes: [HTMLNode], blocks: [TextBlock],
                                 layout: PageLayout) -> Int {
        let inside = element ..< nodes.subtreeEnd(element)
        var bytes = 0
        for block in blocks where inside.contains(block.node) && !skipped.contains(block.node) {
            guard layout.chrome[block.node] == nil, !layout.inMetadata[block.node],
                  block.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
            bytes += block.length
        }
        return bytes
    }

    /// A band above the article or the page ("entry-header", "page-head", "hero", "banner") holds a
    /// headline and a standfirst or the site's logo and tagline, not a post.
    private static func isHeaderBand(_ n: Int, _ nodes: [HTMLNode]) -> Bool {
        if nodes[n].tag == "header" { return true }
        guard !nodes[n].classAndID.isEmpty else { return false }
        return BoilerplateWords.words(nodes[n].classAndID).contains(where: headerWords.contains)
    }

    private static let headerWords: Set<String> = ["header", "head", "hd", "hero", "masthead", "banner", "headline", "branding", "logo"]
}
