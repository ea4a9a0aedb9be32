import Foundation
import ReaderModel

/// `lede fetch` against a local server (`BenchFeedServer`): feeds fetched, parsed and their new items'
/// pages fetched and saved (title cleaned, file written atomically, URLs recorded), not indexed;
/// then the same feeds again, each one conditional request answered 304.
extension Benchmarks {
    static let fetchFeeds = 100, fetchItemsPerFeed = 2

    static var fetch: [Benchmark] {
        [
            Benchmark(name: "fetch.new", unit: "articles") { _ in
                let server = try BenchFeedServer(itemsPerFeed: fetchItemsPerFeed)
                return {
                    let library = try FetchBenchLibrary(server: server, feeds: fetchFeeds)
                    defer { library.remove() }
                    let results = try library.run()
                    return results.reduce(0) { $0 + $1.savedCount }
                }
            },
            Benchmark(name: "fetch.unchanged", unit: "feeds") { _ in
                let server = try BenchFeedServer(itemsPerFeed: fetchItemsPerFeed)
                let library = try FetchBenchLibrary(server: server, feeds: fetchFeeds)
                _ = try library.run()
                return {
                    try library.run().filter { $0.outcome == .unchanged }.count
                }
            },
        ]
    }
}

/// A throwaway library following the bench server's feeds.
struct FetchBenchLibrary {
    let folder: String
    let index: LibraryIndex

    init(server: BenchFeedServer, feeds: Int) throws {
        folder = NSTemporaryDirectory() + "lede-bench-fetch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/library", withIntermediateDirectories: true)
        index = try LibraryIndex(library: folder + "/library", indexPath: folder + "/index.sqlite")
        for n in 0..<feeds { try index.addFeed(url: "\(server.base)/feed/\(n)") }
    }

    func run() throws -> [FeedUpdate] {
        let updater = FeedUpdater(intake: LibraryIntake(index: index), fetcher: HTTPFetcher())
        return try BlockingAsync.run { () -> Result<[FeedUpdate], Error> in
            do { return .success(try await updater.run()) } catch { return .failure(error) }
        }.get()
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
