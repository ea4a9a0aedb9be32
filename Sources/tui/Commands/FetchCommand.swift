import ArgumentParser
import Foundation
import ReaderModel

/// `lede fetch`: updates every followed feed, saves new articles into the library and indexes them.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Update the followed feeds: save each new item's full page into the library, then index.",
        discussion: "An unchanged feed costs one conditional request. A feed that fails is reported on its own line; the others go on.")

    @OptionGroup var options: FeedLibraryOptions

    @Flag(help: "No progress bar, even on a terminal.")
    var quiet = false

    @Flag(name: .customLong("no-index"), help: "Do not index the library afterwards.")
    var noIndex = false

    func run() throws {
        let index = try options.open()
        let feeds = try index.feeds()
        guard !feeds.isEmpty else {
            print("no feeds yet: lede feed add URL, or lede feed import FILE")
            return
        }
        let updater = FeedUpdater(intake: LibraryIntake(index: index), fetcher: HTTPFetcher())
        let bar = FetchProgressLine(terminal: !quiet && isatty(STDERR_FILENO) == 1)
        let started = Date()
        let results = try BlockingAsync.run { () -> Result<[FeedUpdate], Error> in
            do { return .success(try await updater.run(feeds, progress: bar.show)) } catch { return .failure(error) }
        }.get()
        bar.finish()
        if bar.isTerminal {
            // The bar only counted: now one line per feed that changed or failed.
            for result in results where result.outcome != .unchanged { print(PrintableText.escaped(result.line)) }
        }
        let saved = results.reduce(0) { $0 + $1.savedCount }
        let failed = results.filter { if case .failed = $0.outcome { return true } else { return false } }.count
        let unchanged = results.filter { $0.outcome == .unchanged }.count
        if saved > 0 && !noIndex { LibraryCommandSetup.index(index) }
        print(String(format: "%d feed(s): %d updated, %d unchanged, %d failed; %d article(s) saved in %.1f s",
                     results.count, results.count - unchanged - failed, unchanged, failed, saved, Date().timeIntervalSince(started)))
        if failed > 0 { throw ExitCode(1) }
    }
}

/// On a terminal a progress bar on stderr; otherwise one line per feed on stdout as it finishes.
final class FetchProgressLine: @unchecked Sendable {
    let isTerminal: Bool
    private let lock = NSLock()
    private var drawn = false

    init(terminal: Bool) { isTerminal = terminal }

    func show(_ update: FeedUpdate, done: Int, total: Int) {
        lock.withLock {
            guard isTerminal else {
                print(PrintableText.escaped(update.line))
                return
            }
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            StandardError.write("\r[\(bar)] \(done)/\(total) feeds\u{1B}[K")
            drawn = true
        }
    }

    func finish() {
        if drawn { StandardError.write("\n") }
    }
}
