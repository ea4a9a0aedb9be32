import Foundation
import Testing
@testable import ReaderModel

/// `FeedUpdater` end to end against a server on 127.0.0.1: good feeds in every format beside feeds that
/// fail every way the issue lists; each failure is reported for its feed alone.
@Suite(.serialized) struct FeedUpdaterTests {
    static let secretMarker = "SECRET-c41e-must-not-leak"

    /// Routes of the fixture site; `secret` is the local file the XXE feed names.
    static func site(secret: String) -> @Sendable (LoopbackServer.Request) -> LoopbackServer.Response {
        { request in
            let base = "http://" + (request.headers["host"] ?? "")
            let path = request.path
            if path.hasPrefix("/pages/") {
                let name = String(path.dropFirst(7))
                if name == "gone" { return .text("gone", status: 404) }
                let title = name.split(separator: "-").map { $0.capitalized }.joined(separator: " ")
                return .text(FetchFixtures.articlePage(title: title, canonical: base + path, marker: "zq" + name.replacingOccurrences(of: "-", with: "")))
            }
            var feed: LoopbackServer.Response
            switch path {
            case "/feeds/rss":
                feed = .text(FetchFixtures.rss(title: "Quay Gazette", base: base, items: [
                    ("q1", "/pages/lamps-lit-again", "Lamps Lit Again"), ("q2", "/pages/gone", "Gone Away Story")]), type: "application/rss+xml")
            case "/feeds/rdf":
                feed = .text(FetchFixtures.rdf.replacingOccurrences(of: "https://valley.example/", with: base + "/pages/valley-"),
                             type: "application/rdf+xml")
            case "/feeds/atom":
                feed = .text(FetchFixtures.atom.replacingOccurrences(of: "https://orchard.example/", with: base + "/pages/orchard-"),
                             type: "application/atom+xml")
            case "/feeds/json":
                feed = .text(FetchFixtures.jsonFeed.replacingOccurrences(of: "https://tide.example/", with: base + "/pages/tide-"),
                             type: "application/feed+json")
            case "/feeds/charset":
                // The header says UTF-8, the document declares (and is) Latin-1: read by its own declaration.
                let body = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf".utf8) + [0xE9]
                    + Array("</title><item><title>Harbour Caf".utf8) + [0xE9] + Array(" Opens</title><link>\(base)/pages/harbour-cafe</link></item></channel></rss>".utf8)
                feed = LoopbackServer.Response(status: 200, headers: ["Content-Type": "application/xml; charset=utf-8"], body: body)
            case "/feeds/bad-charset":
                let body = Array("<rss version=\"2.0\"><channel><title>Caf".utf8) + [0xE9] + Array("</title></channel></rss>".utf8)
                feed = LoopbackServer.Response(status: 200, headers: ["Content-Type": "application/xml; charset=utf-8"], body: body)
            case "/feeds/missing": return .text("no", status: 404)
            case "/feeds/broken": return .text("oops", status: 500)
            case "/feeds/slow": var slow = LoopbackServer.Response.text("late"); slow.delay = 10; return slow
            case "/feeds/loop": return LoopbackServer.Response(status: 302, headers: ["Location": "/feeds/loop2"])
            case "/feeds/loop2": return LoopbackServer.Response(status: 302, headers: ["Location": "/feeds/loop"])
            case "/feeds/huge": return LoopbackServer.Response(status: 200, headers: ["Content-Type": "application/xml"], body: [UInt8](repeating: 0x20, count: 20 << 20))
            case "/feeds/bomb":
                return LoopbackServer.Response(status: 200, headers: ["Content-Type": "application/xml", "Content-Encoding": "gzip"],
                                               body: GzipBomb.make(inflatedSize: 20 << 20))
            case "/feeds/malformed": return .text("<rss><channel><title>Unclosed & broken</channel>", type: "application/xml")
            case "/feeds/xxe": return .text(FetchFixtures.xxe(secretPath: secret), type: "application/xml")
            case "/feeds/laughs": return .text(FetchFixtures.billionLaughs, type: "application/xml")
            default: return .text("?", status: 404)
            }
            // Conditional requests: the ETag is the body's length, enough for fixtures that never change.
            let etag = "\"\(feed.body.count)\""
            if request.headers["if-none-match"] == etag { return LoopbackServer.Response(status: 304, headers: ["ETag": etag]) }
            feed.headers["ETag"] = etag
            return feed
        }
    }

    static var policy: FetchPolicy {
        var policy = FetchPolicy()
        // Generous against a loaded CI machine, still well below the stalled feed's delay.
        policy.readTimeout = 5
        policy.connectTimeout = 4
        policy.retryDelay = 0.05
        return policy
    }

    @Test func updatesGoodFeedsAndReportsEachBadOneAlone() async throws {
        let fixture = try LibraryFixture()
        let scratch = TemporaryDirectory()
        defer { scratch.remove() }
        let secret = scratch.write("secret.txt", Self.secretMarker)
        let server = try LoopbackServer(handler: Self.site(secret: secret))
        defer { server.stop() }
        let index = try fixture.open()
        let good = ["rss", "rdf", "atom", "json", "charset"]
        let bad = ["missing": "HTTP 404", "broken": "HTTP 500", "slow": "timed out", "loop": "redirect loop",
                   "huge": "larger than 16 MiB", "bomb": "larger than 16 MiB", "bad-charset": "malformed",
                   "malformed": "malformed", "xxe": "declares XML entities", "laughs": "declares XML entities"]
        for name in good + bad.keys.sorted() { try index.addFeed(url: server.base + "/feeds/" + name) }
        let updater = FeedUpdater(intake: LibraryIntake(index: index), fetcher: HTTPFetcher(policy: Self.policy))

        let first = try await updater.run()
        func result(_ name: String, in results: [FeedUpdate]) -> FeedUpdate? { results.first { $0.feed.url.hasSuffix("/feeds/" + name) } }
        for name in good {
            guard case .updated(let newItems, let saved, let fallbacks, _) = result(name, in: first)?.outcome else {
                Issue.record("\(name): \(String(describing: result(name, in: first)?.line))"); continue
            }
            #expect(newItems == saved + fallbacks, "\(name)")
        }
        // The item whose page is gone was saved from the feed's own summary.
        #expect(result("rss", in: first)?.outcome == .updated(newItems: 2, saved: 1, fallbacks: 1, duplicates: 0))
        for (name, message) in bad {
            guard case .failed(let why) = result(name, in: first)?.outcome else { Issue.record("\(name) did not fail"); continue }
            #expect(why.contains(message), "\(name): \(why)")
        }
        let stored = try index.feeds()
        #expect(stored.filter { $0.error != nil }.count == bad.count)
        #expect(stored.first { $0.url.hasSuffix("/feeds/rss") }?.title == "Quay Gazette")
        #expect(stored.first { $0.url.hasSuffix("/feeds/charset") }?.title == "Café")

        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted()
        #expect(files.count == 9)  // two items in each of RSS, RDF, Atom, JSON Feed; one in the Latin-1 feed
        #expect(files.contains("lamps-lit-again.html"))
        #expect(files.contains("harbour-cafe.html"))
        #expect(!files.contains { $0.hasPrefix(".") })  // no temporary file left behind

        // Saved, cleaned and indexed: the index finds a page by a word only its body has.
        try Indexer().run(index)
        #expect(try index.articleCount() == files.count)
        #expect(try index.search("zqlampslitagain").first?.title == "Lamps Lit Again")
        #expect(try index.rows().contains { $0.title == "Gone Away Story" })

        // The second run asks conditionally, is told 304 for every good feed and saves nothing.
        let before = server.requests.count
        let second = try await updater.run()
        for name in good { #expect(result(name, in: second)?.outcome == .unchanged, "\(name)") }
        let again = server.requests[before...]
        #expect(!again.contains { $0.path.hasPrefix("/pages/") })
        for name in good where name != "charset" {
            #expect(again.first { $0.path == "/feeds/" + name }?.headers["if-none-match"] != nil, "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).count == files.count)

        // The local file the XXE feed named appears nowhere: not in a saved file, the index or a report.
        for name in files {
            #expect(!(try String(contentsOfFile: fixture.root + "/" + name, encoding: .utf8)).contains(Self.secretMarker))
        }
        let database = try Data(contentsOf: URL(fileURLWithPath: fixture.indexPath))
        #expect(database.range(of: Data(Self.secretMarker.utf8)) == nil)
        #expect(!(first + second).contains { $0.line.contains(Self.secretMarker) })
        #expect(await updater.fetcher.peakConnectionsPerHost <= 2)
    }

    @Test func importsFiveHundredFeedsAndHoldsThePerHostLimit() async throws {
        let fixture = try LibraryFixture()
        let server = try LoopbackServer { request in
            let base = "http://" + (request.headers["host"] ?? "")
            if request.path.hasPrefix("/many/") {
                let n = request.path.dropFirst(6)
                return .text(FetchFixtures.rss(title: "Feed \(n)", base: base, items: [("i\(n)", "/page/\(n)", "Item \(n)")]), type: "application/rss+xml")
            }
            return .text(FetchFixtures.articlePage(title: "Item number \(request.path.dropFirst(6))", canonical: nil))
        }
        defer { server.stop() }
        let half = 250
        let opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
            + (0..<half).map { "<outline text=\"f\($0)\" xmlUrl=\"\(server.base)/many/\($0)\"/>" }.joined() + "</body></opml>"
        let urls = (half..<(2 * half)).map { "\(server.base)/many/\($0) tag" }.joined(separator: "\n")
        let index = try fixture.open()
        for entry in try FeedListFile.read(Array(opml.utf8)) + FeedListFile.read(Array(urls.utf8)) {
            try index.addFeed(url: entry.url, title: entry.title)
        }
        #expect(try index.feeds().count == 2 * half)
        let updater = FeedUpdater(intake: LibraryIntake(index: index), fetcher: HTTPFetcher(policy: Self.policy))
        let results = try await updater.run()
        #expect(results.allSatisfy { $0.savedCount == 1 })
        #expect(server.requests.count == 4 * half)
        #expect(server.peakConnections() <= 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).count == 2 * half)
    }

    @Test func anItemThatFailedIsRetriedNextRun() async throws {
        let fixture = try LibraryFixture()
        let pageUp = LockedFlag()
        let server = try LoopbackServer { request in
            let base = "http://" + (request.headers["host"] ?? "")
            if request.path == "/feed" {
                // No summary in the feed: an item whose page fails cannot fall back.
                var feed = LoopbackServer.Response.text("<rss version=\"2.0\"><channel><title>Pier</title><item><title>Pier Lamps</title>"
                    + "<link>\(base)/page</link><guid>p1</guid></item></channel></rss>", type: "application/rss+xml")
                if request.headers["if-none-match"] == "\"1\"" { return LoopbackServer.Response(status: 304, headers: [:]) }
                feed.headers["ETag"] = "\"1\""
                return feed
            }
            return pageUp.value ? .text(FetchFixtures.articlePage(title: "Pier Lamps", canonical: nil)) : .text("down", status: 503)
        }
        defer { server.stop() }
        let index = try fixture.open()
        try index.addFeed(url: server.base + "/feed")
        let updater = FeedUpdater(intake: LibraryIntake(index: index), fetcher: HTTPFetcher(policy: Self.policy))
        let first = try await updater.run()
        #expect(first[0].itemProblems.count == 1)
        #expect(try index.feeds()[0].validators.isEmpty)
        pageUp.value = true
        let second = try await updater.run()
        #expect(second[0].outcome == .updated(newItems: 1, saved: 1, fallbacks: 0, duplicates: 0))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root) == ["pier-lamps.html"])
        #expect(try await updater.run()[0].outcome == .unchanged)
    }
}

/// A flag the test flips while the server's threads read it.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var value: Bool {
        get { lock.withLock { flag } }
        set { lock.withLock { flag = newValue } }
    }
}
