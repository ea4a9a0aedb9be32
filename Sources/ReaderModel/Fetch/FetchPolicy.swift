import Foundation

/// The limits that keep the fetcher polite to servers and safe for lede: connections, time, size, retries.
public struct FetchPolicy: Sendable, Hashable {
    /// Largest response body kept, counted after decompression (so a gzip bomb stops here too).
    public var maxBytes = 16 << 20
    /// Requests in flight to one host at once.
    public var connectionsPerHost = 2
    /// Requests in flight in all.
    public var totalConnections = 8
    /// Seconds to wait for a connection (and for the first byte).
    public var connectTimeout: Double = 10
    /// Seconds without a byte received before giving up on a response.
    public var readTimeout: Double = 20
    /// Seconds a whole transfer (one request, not counting redirects or retries) may take.
    public var transferTimeout: Double = 120
    /// Redirects followed before the request counts as failed.
    public var maxRedirects = 5
    /// Further attempts after a 429 or a 5xx.
    public var retries = 2
    /// First retry delay in seconds when the server names none; doubled each attempt.
    public var retryDelay: Double = 1
    /// Longest `Retry-After` honoured; a server asking for more is reported, not waited for.
    public var longestRetryAfter: Double = 60
    /// Sent with every request, so site owners can see who is asking and why.
    public var userAgent = FetchPolicy.defaultUserAgent

    public static let defaultUserAgent = "lede/1.0 (terminal news reader; fetches feeds and the pages they link)"

    public init() {}
}
