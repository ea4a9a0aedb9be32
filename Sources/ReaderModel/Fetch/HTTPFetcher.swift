import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches pages and feeds politely: conditional requests, per-host and total connection limits,
/// timeouts, a size cap, redirects followed by hand (counted, loops caught) and retries with backoff
/// on 429 and 5xx that honour `Retry-After`.
public final class HTTPFetcher: Sendable {
    public let policy: FetchPolicy
    private let limiter: ConnectionLimiter
    private let transport: URLSessionTransport

    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
        limiter = ConnectionLimiter(perHost: policy.connectionsPerHost, total: policy.totalConnections)
        transport = URLSessionTransport(policy: policy)
    }

    deinit { transport.invalidate() }

    /// The most requests this fetcher had in flight to one host at once.
    public var peakConnectionsPerHost: Int {
        get async { await limiter.peakPerHost }
    }

    /// Fetches `url`; with `validators`, a 304 comes back as a response whose `notModified` is true.
    public func fetch(_ url: String, validators: Validators = Validators()) async -> Result<FetchResponse, FetchError> {
        guard let parsed = URL(string: url.trimmingCharacters(in: .whitespaces)), let scheme = parsed.scheme?.lowercased(),
              parsed.host != nil || scheme != "http" && scheme != "https" else { return .failure(.invalidURL(url)) }
        guard scheme == "http" || scheme == "https" else { return .failure(.unsupportedScheme(scheme)) }
        var current = parsed
        var visited: Set<String> = [CanonicalURL.key(parsed.absoluteString) ?? parsed.absoluteString]
        var redirects = 0
        while true {
            // Validators belong to the URL they were stored for, not to where it redirects.
            let exchange = await exchangeWithRetries(current, validators: redirects == 0 ? validators : Validators())
            guard case .success(let answer) = exchange else {
                if case .failure(let error) = exchange { return .failure(error) }
                continue
            }
            if [301, 302, 303, 307, 308].contains(answer.status), let location = answer.headers["location"] {
                redirects += 1
                guard redirects <= policy.maxRedirects else { return .failure(.tooManyRedirects(policy.maxRedirects)) }
                guard let next = URL(string: location, relativeTo: current)?.absoluteURL,
                      let nextScheme = next.scheme?.lowercased() else { return .failure(.invalidURL(location)) }
                guard nextScheme == "http" || nextScheme == "https" else { return .failure(.unsupportedScheme(nextScheme)) }
                let key = CanonicalURL.key(next.absoluteString) ?? next.absoluteString
                guard visited.insert(key).inserted else { return .failure(.redirectLoop(next.absoluteString)) }
                current = next
                continue
            }
            guard answer.status == 304 || (200..<300).contains(answer.status) else { return .failure(.status(answer.status)) }
            let (mediaType, charset) = ResponseText.contentType(answer.headers["content-type"])
            let fresh = Validators(etag: answer.headers["etag"], lastModified: answer.headers["last-modified"])
            return .success(FetchResponse(finalURL: current, status: answer.status, body: answer.status == 304 ? [] : answer.body,
                                          validators: answer.status == 304 && fresh.isEmpty ? validators : fresh,
                                          mediaType: mediaType, charset: charset))
        }
    }

    /// One request, tried again after a 429 or 5xx (waiting what `Retry-After` asks, else doubling from
    /// `retryDelay`); the connection slot is given back while waiting.
    private func exchangeWithRetries(_ url: URL, validators: Validators) async -> Result<URLSessionTransport.Exchange, FetchError> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: policy.readTimeout)
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = validators.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let host = (url.host ?? "").lowercased() + (url.port.map { ":\($0)" } ?? "")
        var attempt = 0
        while true {
            await limiter.acquire(host: host)
            let result = await transport.send(request)
            await limiter.release(host: host)
            guard case .success(let answer) = result, answer.status == 429 || (500...599).contains(answer.status),
                  attempt < policy.retries else { return result }
            let asked = RetryAfter.seconds(answer.headers["retry-after"])
            let delay = asked ?? policy.retryDelay * Double(1 << attempt)
            if delay > policy.longestRetryAfter { return .failure(.retryTooLate(seconds: delay)) }
            attempt += 1
            try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
        }
    }
}
