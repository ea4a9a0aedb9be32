#if canImport(Glibc)
import Glibc
#endif

/// Lowers the calling thread's scheduling priority, for the indexer's cleaning workers.
///
/// Two cleaning threads and the database writer share two cores; at equal priority the writer got
/// about two thirds of a core and became the slowest stage (the cleaners only waited for it). Niced
/// cleaners give the writer, and the reader's UI thread, a core whenever they want one, and still
/// take every idle cycle. Linux keeps the nice value per thread, so only the calling thread changes
/// (and keeps it: a thread cannot raise its priority again without privilege).
enum WorkerPriority {
    static let niceness: Int32 = 10

    static func lowerCurrentThread() {
        #if os(Linux)
        // `who` 0 is the calling thread on Linux; a value already this low is left as it is.
        if getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) < niceness {
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        }
        #endif
    }
}
