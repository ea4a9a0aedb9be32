/// A list of teaser cards inside the article's container: three or more `li` items that each hold
/// a heading, a link and a few lines of text (a headline, its blurb and a "more" link), the shape
/// of "more from this site" boxes templates put after a story. The cards point to other pages; the
/// prose beside them is the article. A page made of such cards (a product's feature list, a section
/// front) keeps them: only cards beside at least as much prose of their own are removed, or cards
/// that each carry a dateline of their own after the article's prose (other days' posts; a list
/// in the article, its steps or picks, has no date per item).
enum TeaserCardList {
    /// For each kept block (its node and length, in page order), the list element of the teaser
    /// card it sits in, or -1. All -1 when the prose outside the cards is too little. `datelines`:
    /// the nodes of the lines read as dates.
    static func cardLists(of blocks: [(node: Int, length: Int)], document: HTMLDocument, layout: PageLayout,
                          datelines: [Int] = []) -> [Int] {
        let nodes = document.nodes
        var lists = [Int](repeating: -1, count: blocks.count)
        var isCardList: [Int: Bool] = [:]
        var found = false
        for (i, block) in blocks.enumerated() {
            guard let item = nearestItem(of: block.node, nodes: nodes), isCard(item, document: document, layout: layout) else { continue }
            let list = nodes[item].parent
            if isCardList[list] == nil { isCardList[list] = countCards(in: list, document: document, layout: layout) >= minimumCards }
            if isCardList[list] == true {
                lists[i] = list
                found = true
            }
        }
        guard found else { return lists }
        var inside = 0
        var outside = 0
        var lastOutside = -1
        var firstInside = blocks.count
        for (i, block) in blocks.enumerated() {
            if lists[i] >= 0 {
                inside += block.length
                firstInside = min(firstInside, i)
            } else {
                outside += block.length
                lastOutside = i
            }
        }
        if outside >= max(inside, minimumProseBeside) { return lists }
        // Fewer words than the cards: still the article when it comes first and every card list is dated.
        guard outside >= minimumProseBeside, lastOutside < firstInside,
              Set(lists.filter { $0 >= 0 }).allSatisfy({ isDated($0, datelines: datelines, document: document, layout: layout) }) else {
            return [Int](repeating: -1, count: blocks.count)
        }
        return lists
    }

    /// Every card of the list holds one of the `datelines` (at least `minimumCards` cards).
    static func isDated(_ list: Int, datelines: [Int], document: HTMLDocument, layout: PageLayout) -> Bool {
        guard !datelines.isEmpty else { return false }
        let nodes = document.nodes
        var cards = 0
        for child in document.children(of: list) where nodes[child].tag == "li" && isCard(child, document: document, layout: layout) {
            let end = nodes.subtreeEnd(child)
            guard datelines.contains(where: { $0 > child && $0 < end }) else { return false }
            cards += 1
        }
        return cards >= minimumCards
    }

    /// How many cards a list holds, for `--explain`.
    static func countCards(in list: Int, document: HTMLDocument, layout: PageLayout) -> Int {
        var cards = 0
        for child in document.children(of: list) where document.nodes[child].tag == "li" && isCard(child, document: document, layout: layout) {
            cards += 1
        }
        return cards
    }

    /// The `li` at or a few levels above `node`, below which the block sits in a card.
    private static func nearestItem(of node: Int, nodes: [HTMLNode]) -> Int? {
        var n = node
        var steps = 0
        while n > 0, steps <= maximumDepthInCard {
            if nodes[n].tag == "li" { return nodes[n].parent >= 0 ? n : nil }
            n = nodes[n].parent
            steps += 1
        }
        return nil
    }

    /// A short item with a link and a heading of its own.
    private static func isCard(_ item: Int, document: HTMLDocument, layout: PageLayout) -> Bool {
        let bytes = layout.textBytes[item]
        guard bytes > 0, bytes <= maximumCardBytes, layout.linkBytes[item] > 0 else { return false }
        let nodes = document.nodes
        let end = nodes.subtreeEnd(item)
        var k = item + 1
        while k < end {
            if nodes[k].kind.contains(.heading) { return true }
            k += 1
        }
        return false
    }

    private static let minimumCards = 3
    /// A headline and a blurb of two or three lines; a longer item is a section of the article.
    private static let maximumCardBytes = 500
    /// Prose outside the cards that makes them a box beside an article, not the page's content.
    private static let minimumProseBeside = 300
    /// `li > article > div > p`: cards wrap their text in a few levels of their own.
    private static let maximumDepthInCard = 5
}
