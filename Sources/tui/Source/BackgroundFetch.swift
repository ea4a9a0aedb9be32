import Foundation
import ReaderModel

/// `lede fetch` run behind the reader (the `r` key): updates the library's feeds on another thread
/// and reports progress for the status line; the reader keeps taking keys meanwhile.
final class BackgroundFetch: @unchecked Sendable {
    /// Where a run stands: feeds done of all, articles saved, feeds failed, and whether it ended.
    struct Status: Sendable, Equatable {
        var done = 0, total = 0, saved = 0, failed = 0
        var finished = false
        var problem: String?

        var progressText: String { "fetching feeds \(done)/\(total) · \(saved) new" }

        var summary: String {
            if let problem { return "fetch: \(problem)" }
            if total == 0 { return "no feeds to fetch: lede feed add URL" }
            return "fetched \(total) feed(s): \(saved) new article(s)" + (failed > 0 ? ", \(failed) feed(s) failed (lede feed list)" : "")
        }
    }

    private let status = Locked(Status())

    init(index: LibraryIndex, fetcher: HTTPFetcher = HTTPFetcher()) {
        let status = self.status
        Task.detached(priority: .utility) {
            do {
                let feeds = try index.feeds()
                status.set(Status(total: feeds.count))
                let updater = FeedUpdater(intake: LibraryIntake(index: index), fetcher: fetcher)
                let lock = NSLock()
                _ = try await updater.run(feeds) { update, done, total in
                    lock.withLock {
                        var now = status.peek()
                        now.done = done
                        now.total = total
                        now.saved += update.savedCount
                        if case .failed = update.outcome { now.failed += 1 }
                        status.set(now)
                    }
                }
                var final = status.peek()
                final.finished = true
                status.set(final)
            } catch {
                var final = status.peek()
                final.finished = true
                final.problem = "\(error)"
                status.set(final)
            }
        }
    }

    var current: Status { status.peek() }
}
