import Dispatch
import Foundation

/// Analyses batches in order on a background thread, up to `depth` batches ahead of the writer,
/// and hands them over one by one. With one batch of look-ahead the cores went idle whenever a
/// commit ran long (a WAL checkpoint, a writer thread starved of CPU by the cleaners).
final class AnalysisPipeline<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var ready: [[AnalyzedFile]] = []
    private var stopped = false
    /// Counts analysed batches waiting in `ready`.
    private let available = DispatchSemaphore(value: 0)
    /// Counts free places ahead of the writer. Created at 0 and raised: libdispatch traps when a
    /// semaphore is freed below its initial value, which a cancelled run would otherwise leave.
    private let room = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()

    init(batches: [[Item]], depth: Int, analyze: @escaping @Sendable ([Item]) -> [AnalyzedFile]) {
        for _ in 0..<max(1, depth) { room.signal() }
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for batch in batches {
                room.wait()
                if lock.withLock({ stopped }) { break }
                let result = analyze(batch)
                lock.withLock { ready.append(result) }
                available.signal()
            }
            finished.leave()
        }
    }

    /// The next batch, in order, once it is analysed; call at most once per batch.
    func next() -> [AnalyzedFile] {
        available.wait()
        let batch = lock.withLock { ready.removeFirst() }
        room.signal()
        return batch
    }

    /// Stops before the next batch and waits for the one being analysed (no work left running).
    func stop() {
        lock.withLock { stopped = true }
        room.signal()
        finished.wait()
    }
}
