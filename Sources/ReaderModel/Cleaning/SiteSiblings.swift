/// Which pages of a `SiteContext` are of the same site as each other, so that only a page's own
/// site says what recurs on it.
///
/// A folder often holds pages of many sites. Pages of one site share their menus, footers and
/// sidebars: a large part of their lines. Pages of different sites share only a few lines that any
/// page may hold ("Contact", "India", "1 large egg", "Why?"), and such a line recurring on them says
/// nothing about this page: counting them took article text for chrome. A page is a sibling when
/// it shares at least a fifth of the smaller page's distinct lines; on the dev folders pairs of one
/// site share 40% to 90%, pairs of different sites rarely 10%.
///
/// Every page's siblings are found once, when the context is complete, by walking each line's
/// holder pages (the context's inverted index): a page meets only the pages it shares a line with,
/// and no pair of pages is compared key by key.
struct SiteSiblings: Sendable {
    /// A sibling shares at least 1/`shareDivisor` of the smaller page's distinct lines.
    static let shareDivisor = 5

    /// Each context page's siblings, sorted (never the page itself).
    private let lists: [[Int32]]

    /// The siblings of every page of `site`.
    init(of site: SiteContext) {
        let count = site.pages.count
        var lists = [[Int32]](repeating: [], count: count)
        var shared = [Int32](repeating: 0, count: count)
        var met: [Int32] = []
        for page in 0..<count {
            // Only later pages: each pair is counted once, from its first page.
            Self.countShared(site.pages[page].keys, in: site, after: Int32(page), into: &shared, met: &met)
            let keys = site.pages[page].keys.count
            for other in met {
                if Self.isSibling(shared: Int(shared[Int(other)]), keys, site.pages[Int(other)].keys.count) {
                    lists[page].append(other)
                    lists[Int(other)].append(Int32(page))
                }
                shared[Int(other)] = 0
            }
            met.removeAll(keepingCapacity: true)
        }
        for page in 0..<count { lists[page].sort() }
        self.lists = lists
    }

    /// An empty table (a context with no text page).
    init() { lists = [] }

    /// The sorted siblings of context page `page`.
    func siblings(of page: Int32) -> [Int32] {
        Int(page) < lists.count ? lists[Int(page)] : []
    }

    /// The sorted siblings of a page the context does not hold (an index cleans pages outside its
    /// sample), from its sorted distinct line keys.
    static func siblings(ofKeys keys: [UInt64], in site: SiteContext) -> [Int32] {
        var shared = [Int32](repeating: 0, count: site.pages.count)
        var met: [Int32] = []
        countShared(keys, in: site, after: -1, into: &shared, met: &met)
        return met.filter { isSibling(shared: Int(shared[Int($0)]), keys.count, site.pages[Int($0)].keys.count) }.sorted()
    }

    /// Whether a sorted list of pages holds `page`.
    static func contains(_ list: [Int32], _ page: Int32) -> Bool {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < page { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == page
    }

    /// Adds one to `shared[p]` for each of `keys` that page `p` (past `after`) holds; `met` lists
    /// the pages met, in the order first met.
    private static func countShared(_ keys: [UInt64], in site: SiteContext, after: Int32, into shared: inout [Int32], met: inout [Int32]) {
        for key in keys {
            site.forEachPage(withLine: key) { other in
                guard other > after else { return }
                if shared[Int(other)] == 0 { met.append(other) }
                shared[Int(other)] += 1
            }
        }
    }

    private static func isSibling(shared: Int, _ keys: Int, _ otherKeys: Int) -> Bool {
        shared * shareDivisor >= min(keys, otherKeys)
    }
}
