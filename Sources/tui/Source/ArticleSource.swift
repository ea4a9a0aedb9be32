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
