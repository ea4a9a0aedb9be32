/// Evidence from other pages loaded together: lines that recur across them are site chrome.
public struct SiteContext: Sendable {
    /// How many of the pages contain each line, by the line's `SiteLineKey` (normalised: spacing
    /// and case do not matter), so no string is built per line.
    private(set) var lineCounts: [UInt64: Int] = [:]
    /// How many pages were seen.
    public private(set) var pageCount = 0
    /// The text pages, for telling copies apart (`DuplicateGuard`); HTML pages are counted above
    /// but not kept: their raw lines are markup, never a text page's sentences.
    private(set) var pages: [SitePage] = []
    /// The first text page (index into `pages`) holding each line; the line's other pages are in
    /// `morePages`. Most lines are on one page, so most need no array. Every line is kept, not only
    /// content lines: a short line's holders say whether it recurs on this page's site
    /// (`SiteSiblings`) or only on other sites' pages of the folder.
    private(set) var firstPage: [UInt64: Int32] = [:]
    private(set) var morePages: [UInt64: [Int32]] = [:]
    /// The first page loaded from each source.
    private(set) var pageBySource: [String: Int32] = [:]
    /// Each text page's siblings (`SiteSiblings`), found by `findSiblings` once every page is in;
    /// nil while pages are still being added (a page then finds its own when cleaned).
    private(set) var siblings: SiteSiblings?

    public init(articles: [Article] = []) {
        for article in articles { add(article) }
        findSiblings()
    }

    /// Finds every page's siblings at once; call when the last page is added (adding more pages
    /// drops them).
    public mutating func findSiblings() {
        siblings = SiteSiblings(of: self)
    }

    /// The sorted sibling pages of a page with these sorted distinct line keys; `page` is the page
    /// in the context when it holds it.
    func siblings(of page: Int32?, keys: [UInt64]) -> [Int32] {
        if let page, let siblings { return siblings.siblings(of: page) }
        let found = SiteSiblings.siblings(ofKeys: keys, in: self)
        guard let page else { return found }
        return found.filter { $0 != page }
    }

    public mutating func add(_ article: Article) {
        siblings = nil
        pageCount += 1
        var text = article.text
        let lines = text.withUTF8 { SiteContext.lineKeys(of: $0) }
        for key in lines.keys { lineCounts[key, default: 0] += 1 }
        guard article.format == .text else { return }
        let index = Int32(pages.count)
        var contentBytes = 0
        var paragraphBytes = 0
        for (_, length) in lines.content {
            contentBytes += length
            if length >= SitePage.paragraphLineBytes { paragraphBytes += length }
        }
        for key in lines.keys { addPage(index, for: key) }
        pages.append(SitePage(source: article.source, keys: lines.keys.sorted(), contentBytes: contentBytes, paragraphBytes: paragraphBytes))
        if pageBySource[article.source] == nil { pageBySource[article.source] = index }
    }

    /// Adds the pages and lines another context has seen (contexts built on separate threads).
    public mutating func merge(_ other: SiteContext) {
        siblings = nil
        pageCount += other.pageCount
        lineCounts.merge(other.lineCounts, uniquingKeysWith: +)
        let offset = Int32(pages.count)
        pages += other.pages
        for (key, first) in other.firstPage {
            addPage(first + offset, for: key)
            for page in other.morePages[key] ?? [] { addPage(page + offset, for: key) }
        }
        for (source, page) in other.pageBySource where pageBySource[source] == nil { pageBySource[source] = page + offset }
    }

    private mutating func addPage(_ page: Int32, for key: UInt64) {
        if firstPage[key] == nil {
            firstPage[key] = page
        } else {
            morePages[key, default: []].append(page)
        }
    }

    /// How many pages hold this line.
    public func pagesContaining(_ line: Substring) -> Int {
        lineCounts[SiteLineKey.key(line)] ?? 0
    }

    /// How many pages hold the line with this key.
    func pagesContaining(key: UInt64) -> Int {
        lineCounts[key] ?? 0
    }

    /// Calls `body` with each text page holding this line.
    func forEachPage(withLine key: UInt64, _ body: (Int32) -> Void) {
        guard let first = firstPage[key] else { return }
        body(first)
        if let more = morePages[key] { for page in more { body(page) } }
    }

    /// A page's distinct line keys, and its content lines (`SitePage.contentLineBytes` or longer,
    /// with their normalised length) in page order.
    struct PageLines {
        var keys: Set<UInt64>
        var content: [(key: UInt64, length: Int)]
    }

    /// The distinct keys of a page's non-empty lines. Lines end where `Character.isNewline` says
    /// (LF, VT, FF, CR, NEL, U+2028, U+2029), as the page was always split here.
    static func lineKeys(of bytes: UnsafeBufferPointer<UInt8>) -> PageLines {
        var found = PageLines(keys: Set<UInt64>(minimumCapacity: bytes.count / 40 + 1), content: [])
        var start = 0
        var i = 0
        let n = bytes.count
        func line(_ end: Int) {
            if end > start {
                let (key, length) = SiteLineKey.keyAndLength(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                if key != SiteLineKey.empty, found.keys.insert(key).inserted, length >= SitePage.contentLineBytes {
                    found.content.append((key, length))
                }
            }
        }
        while i < n {
            let b = bytes[i]
            var breakLength = 0
            if b >= 0x0A && b <= 0x0D {
                breakLength = 1
            } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 {
                breakLength = 2
            } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                breakLength = 3
            }
            if breakLength > 0 {
                line(i)
                i += breakLength
                start = i
            } else {
                i += 1
            }
        }
        line(n)
        return found
    }
}
