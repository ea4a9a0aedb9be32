/// What an indexing run did.
public struct IndexSummary: Sendable, Hashable {
    public var added = 0
    public var updated = 0
    /// Files whose mtime changed but whose bytes did not: only their fingerprint was updated.
    public var touched = 0
    public var removed = 0
    public var unchanged = 0
    /// Files that were read but are not articles (empty, binary...), one message each: stored as such,
    /// retried when they change.
    public var failures: [String] = []
    /// Files and folders that could not be read at all (permissions, I/O errors, dangling or looping
    /// links), one message each: what the index held for them is kept, and they are tried again every run.
    public var unreadable: [String] = []
    public var seconds = 0.0
    /// Time the writer spent committing batches (the database side alone).
    public var writeSeconds = 0.0
    /// CPU time of those commits (the writer's own cost, whatever else competes for the cores).
    public var writeCPUSeconds = 0.0
    /// Time the writer waited for cleaning to deliver a batch (cleaning is the bottleneck when this dominates).
    public var waitSeconds = 0.0
    /// True when the run was cancelled before it finished (what was committed stays).
    public var cancelled = false
    /// True when the index was analysed by another `AnalysisRevision`: every article was cleaned again.
    public var reanalysed = false

    public init() {}

    /// Articles in the library after the run.
    public var articleCount: Int { added + updated + touched + unchanged }

    public var line: String {
        let cleaned = added + updated
        let rate = seconds > 0 ? Double(cleaned) / seconds : 0
        var text = "\(added) new, \(updated) changed, \(removed) removed, \(unchanged + touched) unchanged"
        if !failures.isEmpty { text += ", \(failures.count) not articles" }
        if !unreadable.isEmpty { text += ", \(unreadable.count) unreadable (last indexed version kept)" }
        text += String(format: " in %.2f s", seconds)
        if cleaned > 0 { text += String(format: " (%.0f articles/s)", rate) }
        if reanalysed { text += "; every article cleaned again: the index was made by another version of lede" }
        if cancelled { text += ", cancelled" }
        return text
    }
}
