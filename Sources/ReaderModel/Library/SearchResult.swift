/// One full-text match: which article, its snippet with the matched terms marked, and its bm25 rank.
public struct SearchResult: Sendable, Hashable {
    public var id: Int64
    public var path: String
    public var title: String?
    /// Text around the best match, terms wrapped in the markers given to `search`.
    public var snippet: String
    /// SQLite's bm25 rank: lower is better.
    public var rank: Double

    public init(id: Int64, path: String, title: String?, snippet: String, rank: Double) {
        self.id = id
        self.path = path
        self.title = title
        self.snippet = snippet
        self.rank = rank
    }
}
