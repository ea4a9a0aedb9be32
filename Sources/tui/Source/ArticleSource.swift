import ReaderModel

/// Where the reader's articles come from: an in-memory corpus (`CorpusSource`) or a folder's
/// SQLite library index (`LibrarySource`). The app talks to this; state, reducer and panes never do.
protocol ArticleSource: AnyObject {
    /// The list in display order; positions are the document indices of the view state and `EntityIndex`.
    var summaries: [ArticleSummary] { get }
    /// Positions of the articles marked read (in this or an earlier session).
    var readPositions: Set<Int> { get }
    /// The cleaned article at a list position, nil when it cannot be loaded.
    func document(at position: Int) -> Document?
    /// Ranked list positions for `/` in the article list, or nil to let the reducer search the text.
    func search(_ query: String) -> [Int]?
    /// Remembers that an article was opened.
    func markRead(_ position: Int)
    /// Background work that has landed since the last call (progress, a new list, entities); nil when none.
    func poll() -> SourceUpdate?
    /// True while background work runs, so the app polls often instead of blocking on input.
    var isBusy: Bool { get }
    /// Stops background work before the app exits (what was committed stays).
    func close()
    /// True while `summaries` holds only the first screenful (the rest is read after the first paint).
    var isListPartial: Bool { get }
    /// Waits until the whole list is read (`poll` then brings it), so an action sees every article.
    func settleList()
    /// How many articles the whole list has (more than `summaries` while it is partial).
    var articleTotal: Int { get }
}

extension ArticleSource {
    var isListPartial: Bool { false }
    func settleList() {}
    var articleTotal: Int { summaries.count }
}

/// What background work changed, for the app to fold into its state.
struct SourceUpdate {
    /// Status line progress text while indexing runs; nil when it has ended.
    var progress: String?
    /// True when `summaries` changed (articles added, changed or removed).
    var listChanged = false
    /// The entities to answer the sidebar and `m`/`M` from, once they are ready (after the list settled).
    var entities: EntityCatalog?
    /// A one-off status message (indexing summary, errors).
    var message: String?
}
