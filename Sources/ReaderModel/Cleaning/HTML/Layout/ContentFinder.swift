/// Finds the element holding the article, readability-style: each paragraph scores its container
/// and, less, the containers above; class words and link density adjust; the winner's good
/// siblings join it.
struct ContentFinder {
    /// The elements whose blocks are the article, in page order.
    var roots: [Int] = []
    /// True for every node at or below a root.
    var inContent: [Bool] = []
    /// No block was long enough to score, so the whole page (less furniture) is the content.
    var isWholePage = false
    /// The article element was taken from around the page's `<h1>` over a higher-scoring one elsewhere.
    var isAnchoredByHeadline = false
    /// The article element is the page's `itemprop=articleBody`, taken over a higher-scoring one elsewhere.
    var isMarkedArticleBody = false
    /// The article element is one of several post units the page repeats (same tag and class), taken with its repeats.
    var isRepeatedPostUnit = false
    /// The article element is the post under the heading that repeats the page's title, taken over a longer text in another branch.
    var isTitledPost = false
    /// No element scored as an article and the content is a list of teasers the template repeats: their links are the text.
    var isTeaserList = false
    /// The article element is a layout table's row: the winner's cell and a neighbouring cell of prose.
    var isLayoutTableRow = false
    /// The article element is the layout cell around the winner's table, whose unlinked text opens it (`NestedTableOpening`).
    var isNestedTableCell = false
    /// The winner is the long text of a box under a short label (a toggle), lifted to the box so the paragraphs before it join.
    var isLabelledBox = false
    /// That box (label and long text), whose text `FoldedBoxText` sets aside after a story that stands alone; -1 for none.
    var labelledBox = -1
    /// Texts of the prose blocks between the page's headline and the article element, taken as the article's lead (`LeadBeforeArticle`).
    var leadParagraphs: Set<String> = []
    /// The summary box joined before the article element (`KeyPointsBoxElement`), as a node range.
    private var keyPointsBox: ClosedRange<Int>?
    /// The element after the article's last root holding the prose its closing heading introduces (`ContinuationAfterHeading`), or -1.
    var continuation = -1
    private var continuationEnd = -1
    /// The boxes of tables or notes after the article (`ArticleAppendix`), as node ranges.
    private var appendixBoxes: [ClosedRange<Int>] = []
    /// Paragraphs beside the winner joined for their prose despite inline links (`CitedParagraph`), as node ranges.
    private var citedParagraphs: [ClosedRange<Int>] = []
    /// Siblings of an unnamed winner built by its template (`TemplateTwinSibling`), as node ranges.
    private var templateTwins: [ClosedRange<Int>] = []
    /// The short headings between those siblings (`TemplateTwinSibling.gapHeadings`), as node ranges.
    private var templateGapHeadings: [ClosedRange<Int>] = []
    /// The post's text after the fold beside the winner (`ExtendedEntry`), as node ranges.
    private var extendedEntries: [ClosedRange<Int>] = []
    /// Siblings before the winner holding one paragraph of bare prose, joined as paragraphs (`ProseBoxSibling`).
    var proseBoxSiblings: Set<Int> = []
    /// Lists of links inside the article that its prose introduces with a colon and continues after (`LeadInLinkList`).
    var leadInLists: Set<Int> = []
    /// Linked lines of a list laid out as short paragraphs after a lead-in sentence (`LeadInLinkList.paragraphRunItems`).
    var leadInRunItems: Set<Int> = []

    init(document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) {
        let nodes = document.nodes
        inContent = [Bool](repeating: false, count: nodes.count)
        // Summed in arrays indexed by node (no hashing per block and level), then gathered into
        // the dictionaries the other finders read, scored nodes only.
        var summed = [Double](repeating: 0, count: nodes.count)
        // Paragraphs scoring each element: one long block can win alone, an article has several.
        var paragraphCount = [Int](repeating: 0, count: nodes.count)
        var scored: [Int] = []
        for block in blocks where block.length >= 25 && layout.chrome[block.node] == nil {
            // Counted on the contiguous bytes: the UTF8View iterator is several times slower.
            let commas = block.text.utf8.withContiguousStorageIfAvailable { bytes in
                var n = 0
                for byte in bytes where byte == 44 { n += 1 }
                return n
            } ?? block.text.utf8.reduce(0) { $0 + ($1 == 44 ? 1 : 0) }
            let score = 1 + Double(commas) + min(Double(block.length) / 100, 3)
            // A `p` is a paragraph in itself and scores its parent; bare text in a `div` is a
            // paragraph inside that div and scores the div.
            var node = nodes[block.node].kind.contains(.paragraph) ? nodes[block.node].parent : block.node
            var level = 0
            while node >= 0 && level < 4 {
                if paragraphCount[node] == 0 {
                    summed[node] = Self.initialScore(nodes[node], words: layout.words[node])
                    scored.append(node)
                }
                summed[node] += score / Double(level == 0 ? 1 : level == 1 ? 2 : level * 3)
                paragraphCount[node] += 1
                node = nodes[node].parent
                level += 1
            }
        }
        var scores: [Int: Double] = [:]
        var paragraphs: [Int: Int] = [:]
        scores.reserveCapacity(scored.count)
        paragraphs.reserveCapacity(scored.count)
        for node in scored {
            scores[node] = summed[node] * (1 - layout.linkDensity(node))
            paragraphs[node] = paragraphCount[node]
        }
        guard !scores.isEmpty else {
            // No paragraph long enough to score (a short note, a list of headings): the page has
            // no article element to find, so everything outside furniture is its text.
            roots = [0]
            isWholePage = true
            for i in 0..<nodes.count { inContent[i] = true }
            return
        }
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        var top = ranked[0].key
        let topScore = ranked[0].value
        // A short article below its headline loses to one long boilerplate paragraph elsewhere on
        // the page (a browser notice, a disclosure): the headline says where the article is.
        if let anchored = HeadlineAnchor.container(winner: top, scores: scores, paragraphs: paragraphs, nodes: nodes, layout: layout,
                                                     headline: TitledHeadline.find(in: document)) {
            top = anchored
            isAnchoredByHeadline = true
        } else if let headline = layout.titledHeading, layout.chrome[headline] == nil,
                  let post = TitledPost.container(winner: top, headline: headline, document: document, blocks: blocks, layout: layout) {
            top = post
            isTitledPost = true
        } else if topScore < 10, let list = TeaserList.container(document: document, layout: layout) {
            // Nothing scored as an article (every paragraph is a link): a page of teasers.
            top = list
            isTeaserList = true
        }
        // Several near-equal candidates under one ancestor: the article is split into sections,
        // so the ancestor that holds three of them is the article.
        // A section is a part of the text beside the winner: not the winner's own wrapper or a
        // box inside it, and not a one-line element that scores on its class word alone.
        let close = ranked.dropFirst().prefix(5).filter {
            $0.value >= topScore * 0.75 && layout.textBytes[$0.key] >= 100
                && !nodes.isAncestor($0.key, of: top) && !nodes.isAncestor(top, of: $0.key)
        }.map(\.key)
        if close.count >= 3 {
            var ancestor = nodes[top].parent
            while ancestor > 0 {
                let held = close.filter { nodes.isAncestor(ancestor, of: $0) }.count
                if held >= 3 { top = ancestor; break }
                ancestor = nodes[ancestor].parent
            }
        }
        if !isTitledPost, !isTeaserList, let row = LayoutTableRow.row(around: top, scores: scores, document: document, layout: layout) {
            top = row
            isLayoutTableRow = true
        } else if !isTitledPost, !isTeaserList, let cell = NestedTableOpening.cell(around: top, document: document, layout: layout) {
            top = cell
            isNestedTableCell = true
        }
        // A winner that is a lone child adds nothing by itself; its parent is the same content.
        while nodes[top].parent > 0,
              document.children(of: nodes[top].parent).filter({ !nodes[$0].isText && layout.textBytes[$0] > 0 }).count == 1,
              !["body", "html"].contains(nodes[nodes[top].parent].tag) {
            top = nodes[top].parent
        }
        // The page's one `<article>` scoring at least half the winner's, elsewhere on the page: a
        // box classed "content" in a sidebar tab outscored it on its class alone.
        if let article = Self.soleArticle(nodes), article != top, !nodes.isAncestor(top, of: article), !nodes.isAncestor(article, of: top),
           let s = scores[article], s >= topScore * 0.5, layout.chrome[article] == nil, layout.linkDensity(article) < 0.35 {
            top = article
        }
        // The same `<article>` inside a winner that also holds what follows it on the page (a
        // widget strip, the site's disclaimers): the page marks the article, so it is the text,
        // when it holds most of the winner's.
        if let article = Self.soleArticle(nodes), article != top, nodes.isAncestor(top, of: article),
           let s = scores[article], s >= topScore * 0.5, layout.chrome[article] == nil, layout.linkDensity(article) < 0.35,
           layout.textBytes[article] * 2 > layout.textBytes[top] {
            top = article
        }
        top = Self.semanticContainer(around: top, nodes: nodes, layout: layout) ?? top
        if let marked = MarkedArticleBody.container(winner: top, nodes: nodes, layout: layout) {
            top = marked
            isMarkedArticleBody = true
        } else if let unit = RepeatedPostUnit.unit(around: top, document: document, layout: layout) {
            top = unit
            isRepeatedPostUnit = true
        }
        if !isMarkedArticleBody, !isRepeatedPostUnit, let box = LabelledBox.box(around: top, document: document, layout: layout) {
            top = box
            isLabelledBox = true
            labelledBox = box
        }
        // A titled post too short to score must not let a long sibling (its comments) join it.
        let finalTop = scores[top] ?? (isTitledPost || isTeaserList ? 0 : topScore)
        var firstBlock: [Int: Int] = [:]
        for (i, block) in blocks.enumerated() where firstBlock[block.node] == nil { firstBlock[block.node] = i }
        roots = [top]
        var cited: [Int] = []
        var proseBoxes: [Int] = []
        var twins: [Int] = []
        var extended: [Int] = []
        // Walked once: each sibling is compared with it.
        let topShape = nodes[top].classAndID.isEmpty ? TemplateTwinSibling.shape(of: top, nodes: nodes) : nil
        let parent = nodes[top].parent
        if parent >= 0 {
            let threshold = max(10, finalTop * 0.2)
            roots = document.children(of: parent).filter { sibling in
                if sibling == top { return true }
                guard !nodes[sibling].isText, layout.chrome[sibling] == nil, layout.textBytes[sibling] > 0 else { return false }
                if let s = scores[sibling], s >= threshold { return true }
                // The article cut into repeated section containers between ad slots: same tag, same class.
                let topNode = nodes[top]
                if !topNode.classAndID.isEmpty, nodes[sibling].tag == topNode.tag, nodes[sibling].classAndID == topNode.classAndID,
                   layout.linkDensity(sibling) < 0.3 {
                    return true
                }
                // The same template's box without a class (an old section front's day tables).
                if TemplateTwinSibling.isTwin(sibling, of: top, topShape: topShape, document: document, layout: layout) {
                    twins.append(sibling)
                    return true
                }
                if ExtendedEntry.follows(sibling, top: top, nodes: nodes, layout: layout) {
                    extended.append(sibling)
                    return true
                }
                if !nodes[sibling].kind.contains(.paragraph) {
                    guard ProseBoxSibling.isParagraph(sibling, before: top, first: firstBlock[sibling], blocks: blocks, nodes: nodes) else { return false }
                    proseBoxes.append(sibling)
                    return true
                }
                let length = layout.textBytes[sibling]
                let density = layout.linkDensity(sibling)
                if length > 80 {
                    if density < 0.25 { return true }
                    guard let b = firstBlock[sibling], CitedParagraph.isProse(length: length, density: density, text: blocks[b].text) else { return false }
                    cited.append(sibling)
                    return true
                }
                guard density == 0, let b = firstBlock[sibling] else { return false }
                let text = blocks[b].text
                return text.hasSuffix(".") || text.contains(". ")
            }
        }
        citedParagraphs = cited.map { $0...(nodes.subtreeEnd($0) - 1) }
        extendedEntries = extended.map { $0...(nodes.subtreeEnd($0) - 1) }
        if !twins.isEmpty {
            templateTwins = twins.map { $0...(nodes.subtreeEnd($0) - 1) }
            let gaps = TemplateTwinSibling.gapHeadings(roots: roots, parent: parent, document: document, layout: layout)
            templateGapHeadings = gaps.map { $0...(nodes.subtreeEnd($0) - 1) }
            roots = (roots + gaps).sorted()
        }
        proseBoxSiblings = Set(proseBoxes)
        if let last = roots.last, let next = ContinuationAfterHeading.container(after: last, articleBytes: roots.reduce(0) { $0 + layout.textBytes[$1] }, document: document, blocks: blocks, layout: layout) {
            continuation = next
            continuationEnd = nodes.subtreeEnd(next) - 1
            roots.append(next)
        }
        if let last = roots.last {
            let boxes = ArticleAppendix.boxes(after: last, articleBytes: roots.reduce(0) { $0 + layout.textBytes[$1] },
                                              document: document, blocks: blocks, layout: layout)
            appendixBoxes = boxes.map { $0...(nodes.subtreeEnd($0) - 1) }
            roots += boxes
        }
        roots += TableRowArticle.rows(around: top, document: document, blocks: blocks, layout: layout)
        if let first = roots.min(), let box = KeyPointsBoxElement.box(before: first, document: document, blocks: blocks, layout: layout) {
            keyPointsBox = box...(nodes.subtreeEnd(box) - 1)
            roots.insert(box, at: 0)
        }
        leadParagraphs = LeadBeforeArticle.paragraphs(roots: roots, document: document, blocks: blocks, layout: layout)
        for i in 0..<nodes.count {
            let p = nodes[i].parent
            inContent[i] = (p >= 0 && inContent[p]) || roots.contains(i)
        }
        leadInLists = LeadInLinkList.lists(blocks: blocks, document: document, layout: layout, inContent: inContent)
        leadInRunItems = LeadInLinkList.paragraphRunItems(blocks: blocks, layout: layout, inContent: inContent)
    }

    /// True for a node inside a paragraph joined as prose with inline links (`CitedParagraph`).
    func isInCitedParagraph(_ node: Int) -> Bool {
        !citedParagraphs.isEmpty && citedParagraphs.contains { $0.contains(node) }
    }

    /// True for a node inside the post's text after the fold (`ExtendedEntry`).
    func isInExtendedEntry(_ node: Int) -> Bool {
        !extendedEntries.isEmpty && extendedEntries.contains { $0.contains(node) }
    }

    /// True for a node inside a template twin of the winner (`TemplateTwinSibling`).
    func isInTemplateTwin(_ node: Int) -> Bool {
        !templateTwins.isEmpty && templateTwins.contains { $0.contains(node) }
    }

    /// True for a node inside a short heading between template twins (`TemplateTwinSibling.gapHeadings`).
    func isInTemplateGapHeading(_ node: Int) -> Bool {
        !templateGapHeadings.isEmpty && templateGapHeadings.contains { $0.contains(node) }
    }

    /// True for a node inside the `continuation` element.
    /// True inside a box of tables or notes right after the article (`ArticleAppendix`).
    func isInAppendix(_ node: Int) -> Bool { appendixBoxes.contains { $0.contains(node) } }

    func isInContinuation(_ node: Int) -> Bool {
        continuation >= 0 && node >= continuation && node <= continuationEnd
    }

    /// The lead-in list (`leadInLists`) holding the item block `node`, `node` itself for a linked
    /// line of a lead-in run (`leadInRunItems`), or nil.
    func leadInList(of node: Int, nodes: [HTMLNode]) -> Int? {
        if leadInRunItems.contains(node) { return node }
        guard !leadInLists.isEmpty, let list = LeadInLinkList.list(around: node, nodes: nodes), leadInLists.contains(list) else { return nil }
        return list
    }

    /// True for a node of the summary box joined before the article element (`KeyPointsBoxElement`).
    func isInKeyPointsBox(_ node: Int) -> Bool {
        keyPointsBox?.contains(node) == true
    }

    /// True for a block of the article's lead outside the roots (`leadParagraphs`).
    func isLead(_ block: TextBlock) -> Bool {
        !leadParagraphs.isEmpty && leadParagraphs.contains(block.text)
    }

    private static func initialScore(_ node: HTMLNode, words: BoilerplateWords) -> Double {
        var score: Double
        switch node.tag {
        case "article": score = 10
        case "div", "main": score = 5
        case "section": score = 3
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        // "post author", "entry-author-box": a box about the writer, not the post.
        if words.isPositive && !words.isMetadata { score += 25 }
        if words.noise != nil && !words.isWeakNoise { score -= 25 }
        if node[attribute: "itemprop"]?.lowercased() == "articlebody" { score += 30 }
        return score
    }

    /// The page's one `<article>` (else its one `<main>`) around a winner that holds less than half
    /// of its text: the page says that is the article, and the winner is only its densest part
    /// (one section, a box of prose among feature lists).
    private static func semanticContainer(around top: Int, nodes: [HTMLNode], layout: PageLayout) -> Int? {
        var articles = 0
        var mains = 0
        // By index: a `for node in nodes` copy retains and releases every node's strings.
        for i in nodes.indices where !nodes[i].isText {
            if nodes[i].tag == "article" { articles += 1 } else if nodes[i].tag == "main" { mains += 1 }
        }
        var n = nodes[top].parent
        var main: Int?
        while n > 0 {
            if nodes[n].tag == "article" && articles == 1 { return accepts(n, winner: top, layout) ? n : nil }
            if nodes[n].tag == "main" && mains == 1 && main == nil { main = n }
            n = nodes[n].parent
        }
        if let main, accepts(main, winner: top, layout) { return main }
        return nil
    }

    private static func soleArticle(_ nodes: [HTMLNode]) -> Int? {
        var found: Int?
        for i in nodes.indices where nodes[i].tag == "article" {
            if found != nil { return nil }
            found = i
        }
        return found
    }

    private static func accepts(_ n: Int, winner: Int, _ layout: PageLayout) -> Bool {
        layout.chrome[n] == nil && layout.linkDensity(n) < 0.35 && layout.textBytes[winner] * 2 < layout.textBytes[n]
    }

}
