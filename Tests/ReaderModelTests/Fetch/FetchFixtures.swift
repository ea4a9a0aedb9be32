import Foundation

/// Original fixture pages and feeds for the fetch tests (written for lede; no publisher's text).
enum FetchFixtures {
    static let paragraphs = [
        "The lamps along the harbour wall were lit again this week after two dark winters, and a small crowd stayed out in the drizzle to watch.",
        "Volunteers spent the autumn rewiring the old posts and repainting the iron brackets, the committee that raised the money said.",
        "Fishermen coming in late say the light makes the narrow entrance far easier to judge when the tide is running hard.",
    ]

    static func articlePage(title: String, canonical: String?, marker: String = "") -> String {
        let link = canonical.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? ""
        let body = paragraphs.map { "<p>\($0) \(marker)</p>" }.joined()
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(title) | Quay Gazette</title>\(link)</head>"
            + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>\(title)</h1>\(body)</article>"
            + "<footer>Quay Gazette, all rights reserved</footer></body></html>"
    }
}

extension FetchFixtures {
    /// An RSS 2.0 feed whose items link to `base + path`.
    static func rss(title: String, base: String, items: [(guid: String, path: String, title: String)]) -> String {
        let entries = items.map {
            "<item><title>\($0.title)</title><link>\(base)\($0.path)</link><guid isPermaLink=\"false\">\($0.guid)</guid>"
                + "<description><![CDATA[<p>Summary of \($0.title) from the feed itself, a sentence long enough to keep.</p>]]></description>"
                + "<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>"
        }.joined(separator: "\n")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
            + "<channel><title>\(title)</title><link>\(base)/</link>\n\(entries)\n</channel></rss>"
    }

    static let rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://valley.example/"><title>Valley Notes</title><link>https://valley.example/</link></channel>
          <item rdf:about="https://valley.example/mill"><title>The Mill Reopens</title><link>https://valley.example/mill</link>
            <description>Flour again, after a decade.</description><dc:date>2026-11-30T09:00:00Z</dc:date></item>
          <item rdf:about="https://valley.example/bridge"><title>Bridge Survey Due</title><link>https://valley.example/bridge</link></item>
        </rdf:RDF>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Orchard Weekly</title>
          <link href="https://orchard.example/"/><link rel="self" href="https://orchard.example/atom.xml"/>
          <id>tag:orchard.example,2026:feed</id><updated>2026-12-01T10:00:00Z</updated>
          <entry><id>tag:orchard.example,2026:1</id><title>Frost Arrives Early</title>
            <link rel="alternate" type="text/html" href="https://orchard.example/frost"/><updated>2026-12-01T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Growers covered the young trees <b>overnight</b>.</p></div></content></entry>
          <entry><id>tag:orchard.example,2026:2</id><title>Cider Fair Dates</title><link href="https://orchard.example/cider"/>
            <summary type="html">&lt;p&gt;The fair moves to March.&lt;/p&gt;</summary><published>2026-11-28T10:00:00Z</published></entry>
        </feed>
        """

    static let jsonFeed = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Tide Tables", "home_page_url": "https://tide.example/",
         "items": [{"id": "t-1", "url": "https://tide.example/spring", "title": "Spring Tides Ahead",
                    "content_html": "<p>Higher water than usual this weekend.</p>", "date_published": "2026-12-02T06:00:00Z"},
                   {"id": 2, "url": "https://tide.example/neap", "content_text": "Neap tides follow next week."}]}
        """

    /// An RSS feed naming a local file as an external entity.
    static func xxe(secretPath: String) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file://\(secretPath)">]>
        <rss version="2.0"><channel><title>Leaky &secret;</title><link>http://leak.example/</link>
        <item><title>Item &secret;</title><guid>x1</guid><description>&secret;</description></item></channel></rss>
        """
    }

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><guid>b1</guid></item></channel></rss>
        """

    /// UTF-16 (little-endian, with a byte-order mark): the byte scan for `<!ENTITY` cannot see it, libxml2 must refuse.
    static func utf16(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
            .utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }
}
