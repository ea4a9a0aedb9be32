/// Why a URL could not be fetched; `description` is one short line for a per-feed report.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String)
    /// The server answered with a status lede does not take as a page (after any retries).
    case status(Int)
    /// The body went past the size limit (after decompression).
    case tooLarge(limit: Int)
    case timedOut
    case tooManyRedirects(Int)
    /// A redirect led back to a URL already visited in this chain.
    case redirectLoop(String)
    /// A server asked to retry later than lede waits.
    case retryTooLate(seconds: Double)
    /// The connection failed (refused, reset, DNS, TLS): the system's words.
    case network(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): return "not a URL: \(url)"
        case .unsupportedScheme(let scheme): return "only http and https are fetched, not \(scheme)"
        case .status(let code): return "HTTP \(code)"
        case .tooLarge(let limit): return "response larger than \(limit >> 20) MiB, stopped"
        case .timedOut: return "timed out"
        case .tooManyRedirects(let count): return "more than \(count) redirects"
        case .redirectLoop(let url): return "redirect loop at \(url)"
        case .retryTooLate(let seconds): return "server asked to retry in \(Int(seconds)) s; try again later"
        case .network(let why): return why
        }
    }
}
