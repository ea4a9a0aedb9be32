/// Reads a fetched feed document: JSON Feed by its opening brace, else XML (RSS 2.0, RDF, Atom) parsed safely.
public enum FeedParser {
    /// `charset` is the HTTP header's; when the document does not parse in it, its own declaration is tried.
    public static func parse(_ bytes: [UInt8], charset: String? = nil) throws(FeedParseError) -> ParsedFeed {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let first = bytes[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") {
            return try JSONFeedReader.read(Array(bytes[start...]))
        }
        let root: XMLElement
        do {
            root = try XMLTree.parse(bytes, encoding: charset)
        } catch .malformed(let why) where charset != nil {
            // A wrong header charset is common (servers default to one); the document's own declaration may be right.
            do { root = try XMLTree.parse(bytes, encoding: nil) } catch .malformed { throw .malformed(why) }
        }
        switch (root.name, root.namespace) {
        case ("rss", _): return try RSSFeedReader.rss2(root)
        case ("RDF", _): return try RSSFeedReader.rdf(root)
        case ("feed", FeedNamespace.atom), ("feed", nil): return AtomFeedReader.read(root)
        default: throw .notAFeed("root element <\(root.name)>")
        }
    }
}
