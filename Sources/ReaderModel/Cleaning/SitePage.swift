/// One text page of a `SiteContext`, kept so `DuplicateGuard` can tell a copy of a page (a re-save,
/// a syndicated wire story) from another article of the same site.
struct SitePage: Sendable {
    /// Lines at least this long (normalised UTF-8 bytes) are content lines: long enough to be a
    /// sentence of an article, so a page that shares most of them with another is a copy of it.
    /// Forty bytes keep hard-wrapped lines (about 70 columns) and CJK sentences (three bytes a
    /// character) while leaving out most menu items, buttons and labels.
    static let contentLineBytes = 40

    /// Content lines at least this long are paragraphs: most article bodies are made of them, and
    /// chrome (menus, teaser headlines, labels) rarely is, so copies are first looked for by them.
    static let paragraphLineBytes = 150

    /// Where the page was loaded from: a page is never its own copy.
    let source: String
    /// The keys of all its non-empty lines, sorted (one copy each), for binary search.
    let keys: [UInt64]
    /// The normalised bytes of its distinct content lines.
    let contentBytes: Int
    /// The normalised bytes of its distinct paragraph lines.
    let paragraphBytes: Int

    /// Whether the page holds a line with this `SiteLineKey`.
    func holds(_ key: UInt64) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }
}
