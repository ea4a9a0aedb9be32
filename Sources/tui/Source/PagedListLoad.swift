import Dispatch
import ReaderModel

/// The whole article list, read from the index on a worker after the first page was painted:
/// at 100,000 articles reading every row took 315 ms, all of it before the first paint.
final class PagedListLoad: Sendable {
    private let loaded = Locked<Result<[LibraryRow], Error>?>(nil)
    private let done = DispatchGroup()

    init(index: LibraryIndex) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [loaded, done] in
            loaded.set(Result { try index.rows() })
            done.leave()
        }
    }

    /// The rows once read (nil before); handed out once.
    func take() -> Result<[LibraryRow], Error>? { loaded.take() }

    /// Blocks until the rows are read: an action must see every article (End, search, counts).
    func wait() { done.wait() }
}
