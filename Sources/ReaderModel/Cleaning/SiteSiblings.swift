/// Which pages of a `SiteContext` are of the same site as the page being cleaned, so that only
/// they say what recurs on its site.
///
/// A folder often holds pages of many sites. Pages of one site share their menus, footers and
/// sidebars: a large part of their lines. Pages of different sites share only a few lines that any
/// page may hold ("Contact", "India", "1 large egg", "Why?"), and such a line recurring on them says
/// nothing about this page: counting them took article text for chrome. A page is a sibling when
/// it shares at least a fifth of the smaller page's distinct lines; on the dev folders pairs of one
/// site share 40% to 90%, pairs of different sites rarely 10%.
struct SiteSiblings: Sendable {
    /// A sibling shares at least 1/`shareDivisor` of the smaller page's distinct lines.
    static let shareDivisor = 5
    /// At most this many pages are compared with this one; past it a page counts as another
    /// site's (the folder holds hundreds of pages sharing one line with this page).
    static let comparisonBudget = 512

    /// This page's distinct line keys, sorted.
    let keys: [UInt64]
    /// Per context page: 0 not compared yet, 1 a sibling, 2 another site's page.
    private var state: [UInt8]
    private var compared = 0

    init(keys: [UInt64], pageCount: Int) {
        self.keys = keys
        state = [UInt8](repeating: 0, count: pageCount)
    }

    /// Whether the context's page `page` is of this page's site.
    mutating func isSibling(_ page: Int32, in site: SiteContext) -> Bool {
        let index = Int(page)
        switch state[index] {
        case 1: return true
        case 2: return false
        default: break
        }
        guard compared < Self.comparisonBudget else { return false }
        compared += 1
        let other = site.pages[index].keys
        let sibling = Self.shared(keys, other) * Self.shareDivisor >= min(keys.count, other.count)
        state[index] = sibling ? 1 : 2
        return sibling
    }

    /// How many keys two sorted arrays of distinct keys have in common.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = 0
                var j = 0
                var count = 0
                while i < a.count && j < b.count {
                    let x = a[i]
                    let y = b[j]
                    if x == y {
                        count += 1
                        i += 1
                        j += 1
                    } else if x < y {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return count
            }
        }
    }
}
