import Foundation

/// Reads JSON Feed 1.0 and 1.1 (`"version": "https://jsonfeed.org/version/1.1"`).
enum JSONFeedReader {
    static func read(_ bytes: [UInt8]) throws(FeedParseError) -> ParsedFeed {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw .malformed("JSON: \((error as NSError).localizedDescription)")
        }
        guard let feed = object as? [String: Any], let version = feed["version"] as? String,
              version.hasPrefix("https://jsonfeed.org/version/") else { throw .notAFeed("JSON without a jsonfeed.org version") }
        let items = (feed["items"] as? [[String: Any]] ?? []).map { entry in
            FeedItem(id: (entry["id"] as? String) ?? (entry["id"] as? NSNumber)?.stringValue,
                     link: entry["url"] as? String ?? entry["external_url"] as? String,
                     title: entry["title"] as? String,
                     contentHTML: entry["content_html"] as? String,
                     contentText: entry["content_text"] as? String ?? entry["summary"] as? String,
                     published: entry["date_published"] as? String)
        }
        return ParsedFeed(format: .jsonFeed, title: feed["title"] as? String, link: feed["home_page_url"] as? String, items: items)
    }
}
