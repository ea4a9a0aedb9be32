import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange through URLSession (libcurl on Linux), never following redirects itself and
/// stopping a body at the size limit as it arrives (decompressed bytes, so a gzip bomb stops too).
final class URLSessionTransport: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// The answer to one request: status, headers and body, or why there is none.
    struct Exchange: Sendable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    private struct Transfer {
        var body: [UInt8] = []
        var response: HTTPURLResponse?
        var overflow = false
        /// Set when no response header came within the connect timeout.
        var headerTimedOut = false
        var continuation: CheckedContinuation<Result<Exchange, FetchError>, Never>
    }

    private let policy: FetchPolicy
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]
    private var session: URLSession!

    init(policy: FetchPolicy) {
        self.policy = policy
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = policy.connectionsPerHost
        configuration.timeoutIntervalForRequest = policy.readTimeout
        configuration.timeoutIntervalForResource = policy.transferTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    func invalidate() { session.finishTasksAndInvalidate() }

    func send(_ request: URLRequest) async -> Result<Exchange, FetchError> {
        await withCheckedContinuation { continuation in
            let task = session.dataTask(with: request)
            lock.withLock { transfers[task.taskIdentifier] = Transfer(continuation: continuation) }
            task.resume()
            // URLSession has no connect timeout of its own: no response header in time cancels the transfer.
            let identifier = task.taskIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + policy.connectTimeout) { [weak self, weak task] in
                guard let self else { return }
                let stalled: Bool = self.lock.withLock {
                    guard let transfer = self.transfers[identifier], transfer.response == nil else { return false }
                    self.transfers[identifier]?.headerTimedOut = true
                    return true
                }
                if stalled { task?.cancel() }
            }
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(policy.maxBytes)
        lock.withLock {
            transfers[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse
            if tooLarge { transfers[dataTask.taskIdentifier]?.overflow = true }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow: Bool = lock.withLock {
            // Mutated in place: copying the transfer out would copy its body on every chunk.
            let id = dataTask.taskIdentifier
            guard let held = transfers[id]?.body.count, transfers[id]?.overflow == false else { return false }
            if held + data.count > policy.maxBytes {
                transfers[id]?.overflow = true
                transfers[id]?.body = []
                return true
            }
            transfers[id]?.body.append(contentsOf: data)
            return false
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)  // HTTPFetcher follows redirects itself: counted, loop-checked, each host limited
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = lock.withLock({ transfers.removeValue(forKey: task.taskIdentifier) }) else { return }
        let response = transfer.response ?? task.response as? HTTPURLResponse
        if transfer.headerTimedOut {
            transfer.continuation.resume(returning: .failure(.timedOut))
        } else if transfer.overflow {
            transfer.continuation.resume(returning: .failure(.tooLarge(limit: policy.maxBytes)))
        } else if let error {
            transfer.continuation.resume(returning: .failure(Self.describe(error)))
        } else if let response {
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
            }
            transfer.continuation.resume(returning: .success(Exchange(status: response.statusCode, headers: headers, body: transfer.body)))
        } else {
            transfer.continuation.resume(returning: .failure(.network("no HTTP response")))
        }
    }

    private static func describe(_ error: Error) -> FetchError {
        if let error = error as? URLError {
            switch error.code {
            case .timedOut: return .timedOut
            case .cannotConnectToHost: return .network("connection refused")
            case .cannotFindHost, .dnsLookupFailed: return .network("host not found")
            case .networkConnectionLost: return .network("connection lost")
            case .httpTooManyRedirects: return .tooManyRedirects(0)
            default: break
            }
        }
        let text = (error as NSError).localizedDescription
        return .network(text.isEmpty ? "\(error)" : text)
    }
}
