/// Per-element facts the content finder and the block classifier share, computed in a few linear
/// passes over the tree (nodes are stored parent-before-child, so top-down is a forward loop
/// and bottom-up a backward one).
struct PageLayout: Sendable {
    /// What each element's class/id words say.
    var words: [BoilerplateWords]
    /// The furniture each node sits in (its own or its nearest ancestor's), nil inside content.
    var chrome: [NoiseReason?]
    /// The element whose tag or words made each node furniture (-1 when none), for `--explain`.
    var chromeSource: [Int]
    /// True below a `figure`, `figcaption` or caption/credit-classed element.
    var inCaption: [Bool]
    /// True below an element whose words name metadata (byline, dateline).
    var inMetadata: [Bool]
    /// True below an `article`, `main` or `itemprop=articleBody` element.
    var inArticle: [Bool]
    /// Text bytes and link bytes of the non-furniture blocks below each node.
    var textBytes: [Int]
    var linkBytes: [Int]
    /// The heading that repeats the page's stated title (`TitledPost.headline`), found before furniture is judged.
    var titledHeading: Int?

    init(document: HTMLDocument, blocks: [TextBlock]) {
        let nodes = document.nodes
        let count = nodes.count
        // Pages repeat the same class strings hundreds of times: judge each string once.
        var judged: [String: BoilerplateWords] = ["": BoilerplateWords()]
        // Sized for a new string on every element with one, so the table never grows (a growth rehashes every string).
        judged.reserveCapacity(nodes.count / 2)
        words = nodes.map { node in
            // Text nodes and most elements have no class: no hashing for them.
            if node.classAndID.isEmpty { return BoilerplateWords() }
            if let known = judged[node.classAndID] { return known }
            let verdict = BoilerplateWords(node.classAndID)
            judged[node.classAndID] = verdict
            return verdict
        }
        var own = [NoiseReason?](repeating: nil, count: count)
        inCaption = [Bool](repeating: false, count: count)
        inMetadata = [Bool](repeating: false, count: count)
        inArticle = [Bool](repeating: false, count: count)
        // The nearest `article`, `main` or `itemprop=articleBody` element at or above each node (-1 when none).
        var articleRoot = [Int](repeating: -1, count: count)
        var containsH1 = [Bool](repeating: false, count: count)
        for i in stride(from: count - 1, through: 0, by: -1) where nodes[i].tag == "h1" || containsH1[i] {
            containsH1[i] = true
            if nodes[i].parent >= 0 { containsH1[nodes[i].parent] = true }
        }
        // The page's first `h1` (its headline) and the elements above it; a later `h1` is often a
        // box's own title ("About the writer" in a bio box).
        var containsFirstH1 = [Bool](repeating: false, count: count)
        var firstH1 = nodes.firstIndex { $0.tag == "h1" } ?? -1
        while firstH1 >= 0 { containsFirstH1[firstH1] = true; firstH1 = nodes[firstH1].parent }
        // Nodes read in place: a copy of each would retain and release all its strings.
        for i in 0..<count where !nodes[i].isText {
            let parent = nodes[i].parent
            let articleAbove = parent >= 0 && inArticle[parent]
            let marksArticle = nodes[i].tag == "article" || nodes[i].tag == "main"
                || nodes[i][attribute: "itemprop"]?.lowercased() == "articlebody"
            inArticle[i] = articleAbove || marksArticle
            articleRoot[i] = marksArticle ? i : (parent >= 0 ? articleRoot[parent] : -1)
            own[i] = Self.ownChrome(i, nodes, words: words[i], insideArticle: articleAbove, containsH1: containsH1[i],
                                    containsFirstH1: containsFirstH1[i])
        }
        // Prose (long, few links) below each node, ignoring furniture marks: a "furniture" element
        // holding most of the page's prose is a mislabelled wrapper (`<form>` around an ASP.NET page,
        // "has-sidebar" layouts), so its mark is lifted.
        var prose = [Int](repeating: 0, count: count)
        var raw = [Int](repeating: 0, count: count)
        var linked = [Int](repeating: 0, count: count)
        for block in blocks {
            raw[block.node] += block.length
            linked[block.node] += block.linkLength
            if block.length >= 80 && block.linkDensity < 0.3 { prose[block.node] += block.length }
        }
        // Paragraphs below each node: a byline or dateline is a line (an author box a heading and
        // a line), so an element holding several paragraphs is a post wrapper whatever its class
        // says ("post author-admin", "meta-information" around a short story).
        var paragraphsBelow = [Int](repeating: 0, count: count)
        for i in stride(from: count - 1, through: 1, by: -1) where nodes[i].parent >= 0 {
            let parent = nodes[i].parent
            prose[parent] += prose[i]
            raw[parent] += raw[i]
            linked[parent] += linked[i]
            paragraphsBelow[parent] += paragraphsBelow[i] + (nodes[i].tag == "p" ? 1 : 0)
        }
        // A headline (`h1`, `h2`) below an element makes it a post, not a line or box beside one.
        var containsHeadline = containsH1
        for i in stride(from: count - 1, through: 1, by: -1) where nodes[i].tag == "h2" || containsHeadline[i] {
            containsHeadline[i] = true
            containsHeadline[nodes[i].parent] = true
        }
        // An element named for the post's body ("entry_body", "post-content") below an element
        // makes it the post's wrapper: blog templates name a short post's box for its date or
        // writer ("entry_date", "entry_author_<name>"), and a byline holds no body of its own.
        let bodyBelow = PostBodyBelow.marks(nodes, words: words, raw: raw, linked: linked)
        // Metadata words on a small element ("article-byline", "entry-meta") mark a metadata line;
        // on a big wrapper ("author-page") they say nothing about its paragraphs.
        for i in 0..<count where !nodes[i].isText {
            let parent = nodes[i].parent
            inMetadata[i] = (parent >= 0 && inMetadata[parent]) || (words[i].isMetadata && words[i].noise == nil && raw[i] < 300
                && paragraphsBelow[i] < 2 && !containsHeadline[i] && !bodyBelow[i])
            // A caption is a line or two; a "caption" element holding pages of prose is a
            // mislabelled wrapper or one left unclosed, and its paragraphs are the article.
            let startsCaption = (nodes[i].tag == "figure" || nodes[i].tag == "figcaption" || words[i].isCaption)
                && (prose[i] < 600 || raw[i] < 600)
            inCaption[i] = (parent >= 0 && inCaption[parent]) || startsCaption
        }
        // A box about the writer ("author_info", "about-author-box"): named for the author but not
        // for a post, longer than a byline, shorter than a post, a few paragraphs at most and no
        // headline (its own "About the author" is an `h3` or less). Were it the page's only
        // prose, `wrapsArticle` below lifts the mark again.
        for i in 0..<count where own[i] == nil && words[i].namesAuthor && !words[i].isPositive && words[i].noise == nil && !containsHeadline[i]
            && raw[i] >= 150 && raw[i] < 1000 && paragraphsBelow[i] <= 3 {
            own[i] = .metadata
        }
        // A "widget" wrapper around the heading that repeats the page title holds the post (a blog
        // template's "widget Blog"), however short the post is.
        var holdsTitledHeading = [Bool](repeating: false, count: count)
        titledHeading = TitledPost.headline(in: document) { _ in false }
        var titled = titledHeading ?? -1
        while titled >= 0 { holdsTitledHeading[titled] = true; titled = nodes[titled].parent }
        let totalProse = prose.first ?? 0
        let galleries = Self.galleriesInArticle(nodes, words: words, own: own, articleRoot: articleRoot,
                                                containsH1: containsH1, prose: prose)
        chrome = [NoiseReason?](repeating: nil, count: count)
        chromeSource = [Int](repeating: -1, count: count)
        let liftedItems = Self.proseItemNames(nodes, words: words, own: own, prose: prose)
        for i in 0..<count {
            if galleries.contains(i), nodes[i].parent < 0 || chrome[nodes[i].parent] == nil {
                chrome[i] = .gallery
                chromeSource[i] = i
                continue
            }
            // A long `p` classed "paywall" or "premium", or a "widget" or "premium-content" wrapper
            // full of prose, is the article text itself.
            // A paragraph named for metadata ("postmetadata": posted on, filed under) is furniture at any length,
            // and so is one named for comments (`CommentNamedParagraph`).
            let proseParagraph = nodes[i].tag == "p" && prose[i] >= 100 && own[i] != .metadata
                && !CommentNamedParagraph.keepsMark(own: own[i], words: words[i], classAndID: nodes[i].classAndID)
            let weakWrapper = words[i].isWeakNoise && (prose[i] >= 200 || holdsTitledHeading[i]
                || ExtendedEntry.continuesPost(i, nodes: nodes, words: words[i], raw: raw, linked: linked, prose: prose)
                || (!liftedItems.isEmpty && own[i] != nil && TemplateNumberedName.key(nodes[i].classAndID).map(liftedItems.contains) == true))
            let wrapsArticle = own[i] != nil && totalProse > 300 && prose[i] * 2 > totalProse
                && !Self.isStrongChrome(nodes[i]) && !Self.leavesArticleOutside(i, prose: prose[i], nodes: nodes, blocks: blocks, own: own)
                && !(own[i] == .comments && CommentThreadUnits.holdsThread(i, nodes: nodes, words: words))
            // An "ad"-named element holding the page's `<h1>` and most of its text ("outerAd" around a
            // whole section front) is the page's wrapper, not an advertisement.
            let wrapsPage = own[i] == .advertisement && containsH1[i] && raw[i] * 2 > raw[0]
            if let reason = own[i], !proseParagraph, !weakWrapper, !wrapsArticle, !wrapsPage {
                chrome[i] = reason
                chromeSource[i] = i
                continue
            }
            let parent = nodes[i].parent
            chrome[i] = parent >= 0 ? chrome[parent] : nil
            chromeSource[i] = parent >= 0 ? chromeSource[parent] : -1
        }
        textBytes = [Int](repeating: 0, count: count)
        linkBytes = [Int](repeating: 0, count: count)
        for block in blocks where chrome[block.node] == nil {
            textBytes[block.node] += block.length
            linkBytes[block.node] += block.linkLength
        }
        for i in stride(from: count - 1, through: 1, by: -1) where nodes[i].parent >= 0 {
            textBytes[nodes[i].parent] += textBytes[i]
            linkBytes[nodes[i].parent] += linkBytes[i]
        }
    }

    func linkDensity(_ i: Int) -> Double {
        textBytes[i] > 0 ? Double(linkBytes[i]) / Double(textBytes[i]) : 0
    }

    /// Elements named for a slideshow, gallery or carousel inside an article that has prose of its
    /// own outside them: the slides are an embed beside the story (however long their captions,
    /// which would otherwise lift a weak "promo" mark around them). A gallery post, whose slides
    /// are the article's only prose, keeps them.
    private static func galleriesInArticle(_ nodes: [HTMLNode], words: [BoilerplateWords], own: [NoiseReason?],
                                           articleRoot: [Int], containsH1: [Bool], prose: [Int]) -> Set<Int> {
        var found: Set<Int> = []
        for i in 0..<nodes.count where words[i].isGallery && !words[i].isCaption && !containsH1[i] {
            let parent = nodes[i].parent
            guard parent >= 0, own[i] == nil || words[i].isWeakNoise else { continue }
            let root = articleRoot[parent]
            guard root >= 0 else { continue }
            if prose[root] - prose[i] >= minimumProseBesideGallery { found.insert(i) }
        }
        return found
    }

    /// Article prose outside a gallery that makes the gallery an embed, not the post: a few
    /// paragraphs, more than a gallery post's one-line introduction.
    private static let minimumProseBesideGallery = 500

    /// A comment thread longer than the article it follows holds most of the page's prose too, but
    /// unlike a mislabelled wrapper it leaves the article outside: prose that is neither inside it
    /// nor inside other furniture (a sidebar's blurbs or a second thread are no article).
    private static func leavesArticleOutside(_ element: Int, prose: Int, nodes: [HTMLNode], blocks: [TextBlock],
                                             own: [NoiseReason?]) -> Bool {
        var outside = 0
        for block in blocks where block.length >= 80 && block.linkDensity < 0.3 {
            var n = block.node
            var free = true
            while n >= 0 {
                if n == element { free = false; break }
                // Furniture around the block that is not also around `element`.
                if own[n] != nil, !nodes.isAncestor(n, of: element) { free = false; break }
                n = nodes[n].parent
            }
            if free { outside += block.length }
        }
        return outside >= 150 && outside * 5 >= prose
    }


    /// Why an element is furniture by its own tag, attributes and words, or nil.
    /// Node `i` read in place in `nodes` (a copy would retain and release all its strings).
    private static func ownChrome(_ i: Int, _ nodes: [HTMLNode], words: BoilerplateWords, insideArticle: Bool, containsH1: Bool,
                                  containsFirstH1: Bool) -> NoiseReason? {
        switch nodes[i].tag {
        case "body", "html", "article", "main": return nil
        case "nav", "menu": return .navigation
        case "footer": return insideArticle ? words.noise : .navigation
        case "aside": return words.noise ?? .related
        case "form": return words.noise ?? .newsletter
        // A scrolling ticker of the 1990s and 2000s (`<marquee>`): other stories' headlines, never the article's text.
        case "marquee": return .related
        case "header": if !insideArticle && !containsH1 { return .navigation }
        default: break
        }
        if let role = nodes[i][attribute: "role"]?.lowercased() {
            switch role {
            case "navigation", "menu", "menubar", "banner", "contentinfo", "search": return .navigation
            case "complementary": return .related
            case "dialog", "alertdialog": return .banner
            default: break
            }
        }
        if nodes[i][attribute: "itemprop"]?.lowercased() == "articlebody" { return nil }
        guard let noise = words.noise else { return nil }
        // A caption or byline wrapper that also says "credit" or "share" is still a caption or byline.
        if words.isCaption && noise != .advertisement { return nil }
        // A box named for metadata ("mini-bio") may title itself with a later `h1`; only the
        // page's headline makes it the article's wrapper.
        if noise == .metadata ? containsFirstH1 : (containsH1 && noise != .advertisement) { return nil }
        return noise
    }

    /// Template-numbered names (`TemplateNumberedName`) of weakly named boxes ("teaser", "promo")
    /// full of prose: one item's box of a listing lifted for its prose lifts its numbered repeats,
    /// the other items' shorter texts of the same field.
    private static func proseItemNames(_ nodes: [HTMLNode], words: [BoilerplateWords], own: [NoiseReason?], prose: [Int]) -> Set<String> {
        var names: Set<String> = []
        for i in nodes.indices where words[i].isWeakNoise && own[i] != nil && prose[i] >= 200 {
            if let key = TemplateNumberedName.key(nodes[i].classAndID) { names.insert(key) }
        }
        return names
    }

    /// Furniture that is never article text however much of it there is.
    private static func isStrongChrome(_ node: HTMLNode) -> Bool {
        node.tag == "nav"
    }
}
