/// What fetching one feed came to, for the per-feed line and the summary.
public struct FeedUpdate: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// New items were handled: `saved` full pages, `fallbacks` saved from the feed's own content.
        case updated(newItems: Int, saved: Int, fallbacks: Int, duplicates: Int)
        /// The server said 304, or the feed had no new item.
        case unchanged
        case failed(String)
    }

    public var feed: FeedRecord
    public var outcome: Outcome
    /// Items that could be saved neither from their page nor from the feed (retried next time).
    public var itemProblems: [String] = []

    public init(feed: FeedRecord, outcome: Outcome, itemProblems: [String] = []) {
        self.feed = feed
        self.outcome = outcome
        self.itemProblems = itemProblems
    }

    /// Saved articles (full pages and fallbacks).
    public var savedCount: Int {
        if case .updated(_, let saved, let fallbacks, _) = outcome { return saved + fallbacks }
        return 0
    }

    /// One line: the feed and what happened.
    public var line: String {
        let name = feed.title ?? feed.url
        switch outcome {
        case .updated(let newItems, let saved, let fallbacks, let duplicates):
            var parts = ["\(newItems) new", "\(saved) saved"]
            if fallbacks > 0 { parts.append("\(fallbacks) from the feed's text") }
            if duplicates > 0 { parts.append("\(duplicates) already saved") }
            if !itemProblems.isEmpty { parts.append("\(itemProblems.count) failed") }
            return "\(name): " + parts.joined(separator: ", ")
        case .unchanged: return "\(name): unchanged"
        case .failed(let why): return "\(name): error: \(why)"
        }
    }
}
