import Foundation

/// Reads and writes lists of feeds: OPML (outlines with `xmlUrl`) and newsboat's `urls` file.
public enum FeedListFile {
    /// One feed of a list: its URL and the title the list gives it.
    public struct Entry: Sendable, Hashable {
        public var url: String
        public var title: String?
        public init(url: String, title: String? = nil) {
            self.url = url
            self.title = title
        }
    }

    /// Reads an OPML file or a newsboat `urls` file, telling them apart by content.
    public static func read(_ bytes: [UInt8]) throws(FeedParseError) -> [Entry] {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if text.contains("<opml") || text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<?xml") {
            return try opml(bytes)
        }
        return newsboat(String(decoding: bytes, as: UTF8.self))
    }

    /// Every `<outline xmlUrl="...">`, at any depth (folders are outlines too).
    public static func opml(_ bytes: [UInt8]) throws(FeedParseError) -> [Entry] {
        let root = try XMLTree.parse(bytes)
        guard root.name == "opml" else { throw .notAFeed("not OPML: root element <\(root.name)>") }
        var entries: [Entry] = []
        func walk(_ element: XMLElement) {
            for outline in element.all("outline") {
                if let url = outline.attributes["xmlUrl"], !url.isEmpty {
                    entries.append(Entry(url: url, title: outline.attributes["title"] ?? outline.attributes["text"]))
                }
                walk(outline)
            }
        }
        if let body = root.first("body") { walk(body) }
        return entries
    }

    /// newsboat's format: one feed a line, its URL first, then tags; `#` comments; `query:` and
    /// `exec:`/`filter:` lines (not fetchable URLs) skipped.
    public static func newsboat(_ text: String) -> [Entry] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let url = trimmed.prefix { !$0.isWhitespace }.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let lower = url.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
            // A tag starting with ~ names the feed.
            let title = trimmed.split(separator: "\"").map(String.init).first { $0.hasPrefix("~") }.map { String($0.dropFirst()) }
            return Entry(url: url, title: title)
        }
    }

    /// OPML 2.0 listing `feeds`.
    public static func opml(_ feeds: [FeedRecord], title: String = "lede feeds") -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head><title>\(XMLTree.escape(title))</title></head>",
            "  <body>",
        ]
        for feed in feeds {
            let name = XMLTree.escape(feed.title ?? feed.url)
            lines.append("    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(XMLTree.escape(feed.url))\"/>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }
}
