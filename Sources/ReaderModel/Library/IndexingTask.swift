import Dispatch
import Foundation

/// An indexing run on a background thread, for the TUI: poll or get callbacks, cancel between batches.
public final class IndexingTask: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var latestProgress: IndexProgress?
    private var outcome: Result<IndexSummary, Error>?
    private let finished = DispatchGroup()

    /// Starts indexing `index` at once. `progress` and `completion` are called on the background
    /// thread: hop to your own loop (or just poll `progress`/`result`) before touching the screen.
    public init(index: LibraryIndex, indexer: Indexer = Indexer(),
                progress: @escaping @Sendable (IndexProgress) -> Void = { _ in },
                completion: @escaping @Sendable (Result<IndexSummary, Error>) -> Void = { _ in }) {
        finished.enter()
        DispatchQueue.global(qos: .utility).async { [self] in
            let result = Result {
                try indexer.run(index, progress: { p in
                    self.lock.withLock { self.latestProgress = p }
                    progress(p)
                }, isCancelled: { self.isCancelled })
            }
            lock.withLock { outcome = result }
            completion(result)
            finished.leave()
        }
    }

    /// Stops after the batch being written; everything committed so far stays indexed.
    public func cancel() { lock.withLock { cancelled = true } }
    public var isCancelled: Bool { lock.withLock { cancelled } }
    /// The last progress reported, nil before the scan finished.
    public var progress: IndexProgress? { lock.withLock { latestProgress } }
    /// The outcome once the run ended, nil while it runs.
    public var result: Result<IndexSummary, Error>? { lock.withLock { outcome } }

    /// Blocks until the run ends.
    @discardableResult
    public func wait() -> Result<IndexSummary, Error> {
        finished.wait()
        return lock.withLock { outcome! }
    }
}
