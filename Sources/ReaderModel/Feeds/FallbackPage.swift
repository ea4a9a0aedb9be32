import Foundation

/// An HTML page made from a feed item's own content, saved when its full page cannot be had.
enum FallbackPage {
    static func html(for item: FeedItem) -> String? {
        let body: String
        if let html = item.contentHTML, !html.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            body = html
        } else if let text = item.contentText, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            body = text.split(whereSeparator: \.isNewline).map { "<p>\(XMLTree.escape(String($0)))</p>" }.joined()
        } else {
            return nil
        }
        let title = XMLTree.escape(item.title ?? "")
        let canonical = item.link.map { "<link rel=\"canonical\" href=\"\(XMLTree.escape($0))\">" } ?? ""
        let date = item.published.map { "<meta name=\"date\" content=\"\(XMLTree.escape($0))\">" } ?? ""
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(title)</title>\(canonical)\(date)</head>"
            + "<body><article><h1>\(title)</h1>\(body)</article></body></html>"
    }
}
