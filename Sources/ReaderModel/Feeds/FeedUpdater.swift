import Foundation

/// Updates followed feeds: fetches each (conditionally), saves every new item's full page into the
/// library (the feed's own content when the page cannot be had) and records what was seen. A feed
/// that fails is reported alone; the others go on.
public struct FeedUpdater: Sendable {
    public let intake: LibraryIntake
    public let fetcher: HTTPFetcher
    /// Feeds fetched at once (the fetcher's per-host and total limits apply underneath).
    public var concurrentFeeds = 8
    /// Item pages of one feed fetched at once.
    public var concurrentItems = 4

    public init(intake: LibraryIntake, fetcher: HTTPFetcher) {
        self.intake = intake
        self.fetcher = fetcher
    }

    /// Updates `feeds` (all followed feeds when nil); `progress` is called after each feed with the
    /// count done so far and the total, from whichever task finished it.
    public func run(_ feeds: [FeedRecord]? = nil,
                    progress: @escaping @Sendable (FeedUpdate, Int, Int) -> Void = { _, _, _ in }) async throws -> [FeedUpdate] {
        let feeds = try feeds ?? intake.index.feeds()
        var results: [FeedUpdate] = []
        await withTaskGroup(of: FeedUpdate.self) { group in
            var next = 0
            func startNext() {
                guard next < feeds.count else { return }
                let feed = feeds[next]
                next += 1
                group.addTask { await update(feed) }
            }
            for _ in 0..<min(concurrentFeeds, feeds.count) { startNext() }
            while let result = await group.next() {
                results.append(result)
                progress(result, results.count, feeds.count)
                startNext()
            }
        }
        let order = Dictionary(uniqueKeysWithValues: feeds.enumerated().map { ($1.id, $0) })
        return results.sorted { order[$0.feed.id, default: 0] < order[$1.feed.id, default: 0] }
    }

    /// Fetches, parses and saves one feed; never throws: every problem becomes the feed's outcome.
    public func update(_ feed: FeedRecord) async -> FeedUpdate {
        let index = intake.index
        let response: FetchResponse
        switch await fetcher.fetch(feed.url, validators: feed.validators) {
        case .failure(let error):
            try? index.updateFeed(id: feed.id, title: nil, validators: feed.validators, error: error.description)
            return FeedUpdate(feed: feed, outcome: .failed(error.description))
        case .success(let answer): response = answer
        }
        if response.notModified {
            try? index.updateFeed(id: feed.id, title: nil, validators: response.validators, error: nil)
            return FeedUpdate(feed: feed, outcome: .unchanged)
        }
        let parsed: ParsedFeed
        do { parsed = try FeedParser.parse(response.body, charset: response.charset) } catch {
            // The validators are not kept: the same broken document must not come back as a 304.
            try? index.updateFeed(id: feed.id, title: nil, validators: Validators(), error: error.description)
            return FeedUpdate(feed: feed, outcome: .failed(error.description))
        }
        var named = feed
        named.title = parsed.title ?? feed.title
        let seen: Set<String>
        do { seen = try index.seenItemKeys(feedID: feed.id) } catch {
            return FeedUpdate(feed: named, outcome: .failed("index: \(error)"))
        }
        var fresh: [(key: String, item: FeedItem)] = []
        var keys: Set<String> = seen
        for item in parsed.items {
            guard let key = item.key, keys.insert(key).inserted else { continue }
            fresh.append((key, item))
        }
        let base = response.finalURL.absoluteString
        var tally = ItemTally()
        await withTaskGroup(of: ItemResult.self) { group in
            var next = 0
            func startNext() {
                guard next < fresh.count else { return }
                let (key, item) = fresh[next]
                next += 1
                group.addTask { await save(item, key: key, feedID: feed.id, base: base) }
            }
            for _ in 0..<min(concurrentItems, fresh.count) { startNext() }
            while let result = await group.next() {
                tally.add(result)
                startNext()
            }
        }
        let error = tally.problems.isEmpty ? nil : "\(tally.problems.count) item(s) failed: \(tally.problems[0])"
        // Validators are kept only when every item was handled: after a failure (or a kill before this line)
        // the next run fetches the whole feed again and retries the items not recorded as seen.
        try? index.updateFeed(id: feed.id, title: parsed.title, validators: tally.problems.isEmpty ? response.validators : Validators(),
                              error: error)
        let outcome: FeedUpdate.Outcome = fresh.isEmpty ? .unchanged
            : .updated(newItems: fresh.count, saved: tally.saved, fallbacks: tally.fallbacks, duplicates: tally.duplicates)
        return FeedUpdate(feed: named, outcome: outcome, itemProblems: tally.problems)
    }

    enum ItemResult: Sendable {
        case saved, fallback, duplicate
        case failed(String)
    }

    struct ItemTally {
        var saved = 0, fallbacks = 0, duplicates = 0
        var problems: [String] = []

        mutating func add(_ result: ItemResult) {
            switch result {
            case .saved: saved += 1
            case .fallback: fallbacks += 1
            case .duplicate: duplicates += 1
            case .failed(let why): problems.append(why)
            }
        }
    }

    /// Saves one item: its page, else the feed's content; records it as seen once saved (or known).
    private func save(_ item: FeedItem, key: String, feedID: Int64, base: String) async -> ItemResult {
        let link = item.link.flatMap { CanonicalURL.resolve($0, against: base) }
        var pageProblem = "no link"
        do {
            if let link {
                if let path = try intake.existing([link]) {
                    try intake.index.recordItem(feedID: feedID, key: key, url: link, path: intake.relative(path))
                    return .duplicate
                }
                switch await fetcher.fetch(link) {
                case .success(let response):
                    do {
                        let outcome = try intake.save(try FetchedPage.page(from: response, requested: link, feedID: feedID))
                        return try record(outcome, key: key, link: link, feedID: feedID, kind: .saved)
                    } catch {
                        pageProblem = "\(error)"
                    }
                case .failure(let error):
                    pageProblem = error.description
                }
            }
            guard let html = FallbackPage.html(for: item) else { return .failed("\(item.title ?? link ?? key): \(pageProblem)") }
            let page = IntakePage(bytes: Array(html.utf8), format: .html, urls: link.map { [$0] } ?? [],
                                  origin: link ?? key, feedID: feedID)
            return try record(try intake.save(page), key: key, link: link, feedID: feedID, kind: .fallback)
        } catch {
            return .failed("\(item.title ?? link ?? key): \(error)")
        }
    }

    private func record(_ outcome: IntakeOutcome, key: String, link: String?, feedID: Int64, kind: ItemResult) throws -> ItemResult {
        switch outcome {
        case .saved(let path, _):
            try intake.index.recordItem(feedID: feedID, key: key, url: link, path: intake.relative(path))
            return kind
        case .duplicate(let path):
            try intake.index.recordItem(feedID: feedID, key: key, url: link, path: intake.relative(path))
            return .duplicate
        }
    }
}
