/// Reads RSS 2.0 (`<rss><channel><item>`) and RSS 1.0 / RDF (`<rdf:RDF>` with `<item>`s beside the channel).
enum RSSFeedReader {
    static func rss2(_ root: XMLElement) throws(FeedParseError) -> ParsedFeed {
        guard let channel = root.first("channel") else { throw .notAFeed("<rss> without a <channel>") }
        return ParsedFeed(format: .rss2, title: channel.first("title")?.text, link: channel.first("link")?.text,
                          items: channel.all("item").map(item))
    }

    static func rdf(_ root: XMLElement) throws(FeedParseError) -> ParsedFeed {
        let channel = root.first("channel")
        // RSS 0.9 and 1.0 put items beside the channel; a few feeds nest them inside it.
        let items = root.all("item") + (channel?.all("item") ?? [])
        guard channel != nil || !items.isEmpty else { throw .notAFeed("RDF without a channel or items") }
        return ParsedFeed(format: .rdf, title: channel?.first("title")?.text, link: channel?.first("link")?.text, items: items.map(item))
    }

    private static func item(_ element: XMLElement) -> FeedItem {
        let guid = element.first("guid")
        var link = element.first("link")?.text
        // A guid marked as a permalink (the default) is the page when there is no <link>.
        if link == nil, let guid, guid.attributes["isPermaLink"]?.lowercased() != "false", let text = guid.text,
           text.hasPrefix("http://") || text.hasPrefix("https://") {
            link = text
        }
        let encoded = element.first("encoded", namespace: FeedNamespace.content)?.text
        return FeedItem(id: guid?.text ?? element.attributes["about"], link: link, title: element.first("title")?.text,
                        contentHTML: encoded ?? element.first("description")?.text,
                        published: element.first("pubDate")?.text ?? element.first("date", namespace: FeedNamespace.dublinCore)?.text)
    }
}
