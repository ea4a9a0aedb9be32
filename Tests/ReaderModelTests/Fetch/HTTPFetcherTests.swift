import Foundation
import Testing
@testable import ReaderModel

/// The fetcher against a server on 127.0.0.1 inside the test: short timeouts keep every case quick.
@Suite struct HTTPFetcherTests {
    static var quickPolicy: FetchPolicy {
        var policy = FetchPolicy()
        // Generous against a machine at load 10 or more (a 2 s read timeout fired there), still well below the stalled server's delay.
        policy.connectTimeout = 4
        policy.readTimeout = 5
        policy.transferTimeout = 30
        policy.retryDelay = 0.05
        return policy
    }

    @Test func fetchesAPageWithUserAgentAndConditionalRequests() async throws {
        let server = try LoopbackServer { request in
            if request.headers["if-none-match"] == "\"v1\"" { return LoopbackServer.Response(status: 304, headers: [:]) }
            var response = LoopbackServer.Response.text("<html><body><p>hello</p></body></html>")
            response.headers["ETag"] = "\"v1\""
            response.headers["Last-Modified"] = "Tue, 01 Dec 2026 10:00:00 GMT"
            return response
        }
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.quickPolicy)
        let first = try await fetcher.fetch(server.base + "/page").get()
        #expect(first.status == 200)
        #expect(first.text.contains("hello"))
        #expect(first.validators == Validators(etag: "\"v1\"", lastModified: "Tue, 01 Dec 2026 10:00:00 GMT"))
        let second = try await fetcher.fetch(server.base + "/page", validators: first.validators).get()
        #expect(second.notModified)
        #expect(second.validators == first.validators)
        let seen = server.requests
        #expect(seen.count == 2)
        #expect(seen[0].headers["user-agent"] == FetchPolicy.defaultUserAgent)
        #expect(seen[1].headers["if-modified-since"] == "Tue, 01 Dec 2026 10:00:00 GMT")
    }

    @Test func reportsStatusTimeoutRedirectsAndSize() async throws {
        let server = try LoopbackServer { request in
            switch request.path {
            case "/missing": return .text("no", status: 404)
            case "/slow": var r = LoopbackServer.Response.text("late"); r.delay = 10; return r
            case "/loop-a": return LoopbackServer.Response(status: 302, headers: ["Location": "/loop-b"])
            case "/loop-b": return LoopbackServer.Response(status: 301, headers: ["Location": "/loop-a"])
            case let path where path.hasPrefix("/hop/"):
                let n = Int(path.dropFirst(5)) ?? 0
                return n == 0 ? .text("arrived") : LoopbackServer.Response(status: 307, headers: ["Location": "/hop/\(n - 1)"])
            case "/huge": return LoopbackServer.Response(status: 200, headers: ["Content-Type": "text/html"], body: [UInt8](repeating: 0x61, count: 20 << 20))
            default: return .text("?", status: 500)
            }
        }
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.quickPolicy)
        #expect(await fetcher.fetch(server.base + "/missing").failure == .status(404))
        #expect(await fetcher.fetch(server.base + "/slow").failure == .timedOut)
        #expect(await fetcher.fetch(server.base + "/loop-a").failure == .redirectLoop(server.base + "/loop-a"))
        let arrived = try await fetcher.fetch(server.base + "/hop/5").get()
        #expect(arrived.finalURL.absoluteString == server.base + "/hop/0")
        #expect(await fetcher.fetch(server.base + "/hop/6").failure == .tooManyRedirects(5))
        #expect(await fetcher.fetch(server.base + "/huge").failure == .tooLarge(limit: 16 << 20))
        #expect(await fetcher.fetch("ftp://127.0.0.1/x").failure == .unsupportedScheme("ftp"))
    }

    @Test func retriesOn503HonouringRetryAfterThenSucceeds() async throws {
        let server = try LoopbackServer { request in
            if request.path == "/always" { return .text("down", status: 500) }
            return LoopbackServer.Response(status: 429, headers: ["Retry-After": "0"])
        }
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.quickPolicy)
        #expect(await fetcher.fetch(server.base + "/always").failure == .status(500))
        #expect(server.requests(to: "/always").count == 3)  // one try and two retries
        #expect(await fetcher.fetch(server.base + "/busy").failure == .status(429))
    }

    @Test func stopsAGzipBombAtTheSizeLimit() async throws {
        let bomb = GzipBomb.make(inflatedSize: 20 << 20)
        #expect(bomb.count < 1 << 20)
        let server = try LoopbackServer { request in
            if request.path == "/small" {
                // A real compressed body: 40 KB of text that inflates fine below the limit.
                return LoopbackServer.Response(status: 200, headers: ["Content-Type": "text/plain", "Content-Encoding": "gzip"],
                                               body: GzipBomb.make(inflatedSize: 40_000))
            }
            return LoopbackServer.Response(status: 200, headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: bomb)
        }
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.quickPolicy)
        #expect(await fetcher.fetch(server.base + "/bomb").failure == .tooLarge(limit: 16 << 20))
    }

    @Test func holdsTwoConnectionsPerHost() async throws {
        let server = try LoopbackServer { _ in
            var response = LoopbackServer.Response.text("<p>ok</p>")
            response.delay = 0.05
            return response
        }
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.quickPolicy)
        await withTaskGroup(of: Void.self) { group in
            for n in 0..<16 { group.addTask { _ = await fetcher.fetch(server.base + "/p\(n)") } }
        }
        #expect(server.requests.count == 16)
        #expect(server.peakConnections() == 2)
        #expect(await fetcher.peakConnectionsPerHost == 2)
    }

    @Test func readsTheCharsetFromTheHeaderFirst() async throws {
        let latin1: [UInt8] = Array("<html><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let server = try LoopbackServer { _ in
            LoopbackServer.Response(status: 200, headers: ["Content-Type": "text/html; charset=ISO-8859-1"], body: latin1)
        }
        defer { server.stop() }
        let page = try await HTTPFetcher(policy: Self.quickPolicy).fetch(server.base + "/").get()
        #expect(page.charset == "ISO-8859-1")
        #expect(page.text.contains("café"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
