import Dispatch

/// Runs async work from a synchronous command (ArgumentParser's `run`) and waits for its result.
enum BlockingAsync {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    /// Holds the result across the semaphore, which orders the write before the read.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
