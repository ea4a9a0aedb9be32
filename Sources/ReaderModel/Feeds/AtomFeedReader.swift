/// Reads Atom 1.0 (`<feed xmlns="http://www.w3.org/2005/Atom">` with `<entry>`s).
enum AtomFeedReader {
    static func read(_ root: XMLElement) -> ParsedFeed {
        ParsedFeed(format: .atom, title: root.first("title")?.text, link: alternateLink(root), items: root.all("entry").map(entry))
    }

    /// The `rel="alternate"` link (the default relation), the page the entry stands for.
    private static func alternateLink(_ element: XMLElement) -> String? {
        let links = element.all("link")
        let alternate = links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" && $0.attributes["type"].map { $0.contains("html") } ?? true }
            ?? links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" }
        return alternate?.attributes["href"]
    }

    private static func entry(_ element: XMLElement) -> FeedItem {
        var item = FeedItem(id: element.first("id")?.text, link: alternateLink(element), title: element.first("title")?.text,
                            published: element.first("published")?.text ?? element.first("updated")?.text)
        for candidate in [element.first("content"), element.first("summary")] {
            guard let content = candidate, content.attributes["src"] == nil else { continue }
            switch content.attributes["type"] ?? "text" {
            case "xhtml":
                let div = content.first("div")
                item.contentHTML = div?.innerMarkup ?? content.innerMarkup
            case "html", "text/html":
                item.contentHTML = content.text
            default:
                item.contentText = content.text
            }
            break
        }
        return item
    }
}
