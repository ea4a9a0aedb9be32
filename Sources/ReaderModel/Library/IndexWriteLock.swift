import Foundation

/// One writer at a time per index, across processes and threads: an advisory `flock` on
/// `<index>.lock`, taken for opening (migrations, moving a damaged file aside) and for every indexing run.
/// Readers never take it (SQLite's WAL lets them read while one process writes).
///
/// The lock file also marks the path as lede's: it is made before the database, so a later damaged
/// file there (even with a garbage header) is known to be an index that may be moved aside.
final class IndexWriteLock: @unchecked Sendable {
    let path: String
    /// Told once each time this process has to wait for another one (guarded by `handlerLock`).
    private var waiting: @Sendable (String) -> Void
    private let handlerLock = NSLock()
    /// Reentrant within a thread (a run that finds damage recovers under the lock it holds);
    /// other threads of this process wait here, other processes at the `flock`.
    private let mutex = NSRecursiveLock()
    private var depth = 0
    private var descriptor: Int32 = -1
    /// Set for the lock of a read-only index: every attempt to take it throws `IndexWriteError`.
    private var readOnly = false

    static func path(forIndex indexPath: String) -> String { indexPath + ".lock" }

    /// Creates the lock file if needed (without taking the lock).
    init(indexPath: String, waiting: @escaping @Sendable (String) -> Void) throws {
        path = Self.path(forIndex: indexPath)
        self.waiting = waiting
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw LibraryIndexError.cannotLock(path: path, reason: String(cString: strerror(errno))) }
        close(fd)
    }

    /// A lock for an index opened read-only: the lock file is not made (the folder may not be writable),
    /// and taking the lock fails as writing would.
    init(unmadeAt indexPath: String, waiting: @escaping @Sendable (String) -> Void) {
        path = Self.path(forIndex: indexPath)
        self.waiting = waiting
        readOnly = true
    }

    /// Replaces the function told when this process has to wait.
    func setWaitingHandler(_ handler: @escaping @Sendable (String) -> Void) {
        handlerLock.withLock { waiting = handler }
    }

    /// Runs `body` holding the lock, waiting (and saying so) while another process holds it.
    /// `isCancelled` is asked while waiting: a reader that quits must not hang on another process's run.
    func withLock<T>(isCancelled: () -> Bool = { false }, _ body: () throws -> T) throws -> T {
        while !mutex.try() {
            if isCancelled() { throw CancellationError() }
            usleep(20_000)
        }
        defer { mutex.unlock() }
        guard try acquire(blocking: true, isCancelled: isCancelled) else { throw CancellationError() }
        defer { release() }
        return try body()
    }

    /// Runs `body` holding the lock, or returns nil at once when another process or thread holds it.
    func ifFree<T>(_ body: () throws -> T) throws -> T? {
        guard mutex.try() else { return nil }
        defer { mutex.unlock() }
        guard try acquire(blocking: false) else { return nil }
        defer { release() }
        return try body()
    }

    /// True when another process holds the lock now (a hint: it may be taken a moment later).
    var isHeldElsewhere: Bool {
        (try? ifFree { true }) == nil
    }

    /// Takes the flock (once per outermost holder); false when it is busy and `blocking` is off, or
    /// the wait was cancelled.
    private func acquire(blocking: Bool, isCancelled: () -> Bool = { false }) throws -> Bool {
        if depth > 0 { depth += 1; return true }
        if readOnly { throw IndexWriteError(indexPath: (path as NSString).deletingPathExtension) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw LibraryIndexError.cannotLock(path: path, reason: String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK, blocking else {
                let code = errno
                close(fd)
                if code == EWOULDBLOCK { return false }
                throw LibraryIndexError.cannotLock(path: path, reason: String(cString: strerror(code)))
            }
            let tell = handlerLock.withLock { waiting }
            tell("waiting for another lede process to finish writing \((path as NSString).deletingPathExtension)…")
            // Polled rather than blocking in flock, so the wait can be cancelled.
            while flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else {
                    let code = errno
                    close(fd)
                    throw LibraryIndexError.cannotLock(path: path, reason: String(cString: strerror(code)))
                }
                if isCancelled() { close(fd); return false }
                usleep(50_000)
            }
        }
        descriptor = fd
        depth = 1
        return true
    }

    private func release() {
        depth -= 1
        if depth == 0 {
            close(descriptor)  // closing the descriptor drops the flock
            descriptor = -1
        }
    }
}
