/// Evidence from other pages loaded together: lines that recur across them are site chrome.
public struct SiteContext: Sendable {
    /// How many of the pages contain each line, by the line's `SiteLineKey` (normalised: spacing
    /// and case do not matter), so no string is built per line.
    private(set) var lineCounts: [UInt64: Int] = [:]
    /// How many pages were seen.
    public private(set) var pageCount = 0

    public init(articles: [Article] = []) {
        for article in articles { add(article) }
    }

    public mutating func add(_ article: Article) {
        pageCount += 1
        var text = article.text
        let keys = text.withUTF8 { SiteContext.lineKeys(of: $0) }
        for key in keys { lineCounts[key, default: 0] += 1 }
    }

    /// Adds the pages and lines another context has seen (contexts built on separate threads).
    public mutating func merge(_ other: SiteContext) {
        pageCount += other.pageCount
        lineCounts.merge(other.lineCounts, uniquingKeysWith: +)
    }

    /// How many pages hold this line.
    public func pagesContaining(_ line: Substring) -> Int {
        lineCounts[SiteLineKey.key(line)] ?? 0
    }

    /// The distinct keys of a page's non-empty lines. Lines end where `Character.isNewline` says
    /// (LF, VT, FF, CR, NEL, U+2028, U+2029), as the page was always split here.
    static func lineKeys(of bytes: UnsafeBufferPointer<UInt8>) -> Set<UInt64> {
        var keys = Set<UInt64>(minimumCapacity: bytes.count / 40 + 1)
        var start = 0
        var i = 0
        let n = bytes.count
        func line(_ end: Int) {
            if end > start {
                let key = SiteLineKey.key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                if key != SiteLineKey.empty { keys.insert(key) }
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
        return keys
    }
}
