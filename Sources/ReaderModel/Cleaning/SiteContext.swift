/// Evidence from other pages loaded together: lines that recur across them are site chrome.
public struct SiteContext: Sendable {
    /// How many of the pages contain each normalised line.
    public private(set) var lineCounts: [String: Int] = [:]
    /// How many pages were seen.
    public private(set) var pageCount = 0

    public init(articles: [Article] = []) {
        for article in articles { add(article) }
    }

    public mutating func add(_ article: Article) {
        pageCount += 1
        var seen = Set<String>()
        for line in article.text.split(whereSeparator: \.isNewline) {
            let key = SiteContext.normalize(line)
            if !key.isEmpty, seen.insert(key).inserted { lineCounts[key, default: 0] += 1 }
        }
    }

    /// How many pages hold this line.
    public func pagesContaining(_ line: Substring) -> Int {
        lineCounts[SiteContext.normalize(line)] ?? 0
    }

    static func normalize(_ line: Substring) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
