import ArgumentParser
import Foundation
import ReaderModel

/// `lede feed`: the feeds the library follows.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Follow news feeds (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed); `lede fetch` updates them.",
        subcommands: [FeedAddCommand.self, FeedListCommand.self, FeedRemoveCommand.self, FeedImportCommand.self, FeedExportCommand.self])
}

/// Where the library is, for every feed subcommand.
struct FeedLibraryOptions: ParsableArguments {
    @Option(help: "The library folder (default: `library` in the config, else $XDG_DATA_HOME/lede/library).")
    var library: String?

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/lede/config.toml).")
    var config: String?

    func open() throws -> LibraryIndex { try LibraryCommandSetup.openIndex(library: library, config: config) }
}

struct FeedAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Follow a feed by its URL.")
    @Argument(help: "Feed URLs (http or https).") var urls: [String]
    @OptionGroup var options: FeedLibraryOptions

    func run() throws {
        let index = try options.open()
        var failed = false
        for url in urls {
            guard CanonicalURL.key(url) != nil else {
                StandardError.print("lede: \(url): not an http or https URL")
                failed = true
                continue
            }
            let (feed, added) = try index.addFeed(url: url)
            print(added ? "following \(PrintableText.escaped(feed.url))" : "already following \(PrintableText.escaped(feed.url))")
        }
        if failed { throw ExitCode(1) }
    }
}

struct FeedListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List followed feeds, numbered, with their last problem.")
    @OptionGroup var options: FeedLibraryOptions

    func run() throws {
        let feeds = try options.open().feeds()
        if feeds.isEmpty { print("no feeds yet: lede feed add URL, or lede feed import FILE") }
        for (number, feed) in feeds.enumerated() {
            var fields = ["\(number + 1)", feed.url, feed.title ?? ""]
            if let error = feed.error { fields.append("(error: \(error))") }
            print(fields.map { PrintableText.escaped($0) }.joined(separator: "\t"))
        }
    }
}

struct FeedRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Stop following a feed (its saved articles stay).")
    @Argument(help: "The feed's URL or its number in `lede feed list`.") var feed: String
    @OptionGroup var options: FeedLibraryOptions

    func run() throws {
        let index = try options.open()
        let feeds = try index.feeds()
        let match = Int(feed).flatMap { $0 >= 1 && $0 <= feeds.count ? feeds[$0 - 1] : nil }
            ?? feeds.first { $0.url == feed }
            ?? feeds.first { CanonicalURL.key($0.url) != nil && CanonicalURL.key($0.url) == CanonicalURL.key(feed) }
        guard let match else {
            StandardError.print("lede: no followed feed \(feed) (see lede feed list)")
            throw ExitCode(1)
        }
        try index.removeFeed(id: match.id)
        print("stopped following \(PrintableText.escaped(match.url))")
    }
}

struct FeedImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Follow the feeds of an OPML file or a newsboat urls file.")
    @Argument(help: "The OPML or newsboat urls file (- for standard input).") var file: String
    @OptionGroup var options: FeedLibraryOptions

    func run() throws {
        let bytes = file == "-" ? try LibraryCommandSetup.standardInput(maxBytes: 16 << 20)
            : try FileReader.contents(of: file, maxBytes: 16 << 20)
        let entries: [FeedListFile.Entry]
        do { entries = try FeedListFile.read(bytes) } catch {
            StandardError.print("lede: \(file): \(error)")
            throw ExitCode(1)
        }
        let index = try options.open()
        var added = 0
        for entry in entries where CanonicalURL.key(entry.url) != nil {
            if try index.addFeed(url: entry.url, title: entry.title).added { added += 1 }
        }
        print("\(added) feed(s) added, \(entries.count - added) already followed or not http(s); \(try index.feeds().count) followed in all")
    }
}

struct FeedExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the followed feeds as OPML.")
    @OptionGroup var options: FeedLibraryOptions

    func run() throws {
        print(FeedListFile.opml(try options.open().feeds()), terminator: "")
    }
}
