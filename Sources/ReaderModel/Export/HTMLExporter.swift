/// A standalone page for reading: escaped text, a metadata header, figure captions and a small
/// inline stylesheet (one comfortable column, light and dark schemes). No scripts, no remote resources.
public enum HTMLExporter {
    public static func render(_ document: Document) -> String {
        let title = document.title.map(ExportText.oneLine) ?? ""
        var html = """
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="lede">
        <title>\(escape(title.isEmpty ? "Untitled article" : title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <article>
        <header>

        """
        if !title.isEmpty { html += "<h1>\(escape(title))</h1>\n" }
        if let standfirst = document.standfirst, !standfirst.isEmpty { html += "<p class=\"standfirst\">\(escape(standfirst))</p>\n" }
        let metadata = [
            document.byline.map { "<span class=\"byline\">\(escape($0))</span>" },
            document.published.map { "<time datetime=\"\(escape($0))\">\(escape($0))</time>" },
            document.publisher.map { "<span class=\"publisher\">\(escape($0))</span>" },
        ].compactMap { $0 }
        if !metadata.isEmpty { html += "<p class=\"meta\">\(metadata.joined(separator: " · "))</p>\n" }
        html += "</header>\n"
        for paragraph in document.paragraphs { html += "<p>\(escape(paragraph))</p>\n" }
        for caption in document.captions { html += "<figure><figcaption>\(escape(caption))</figcaption></figure>\n" }
        html += "<footer><p class=\"source\">Source: \(escape(PrintableText.escaped(document.source)))</p></footer>\n"
        html += "</article>\n</body>\n</html>\n"
        return html
    }

    /// Escapes text for element content and double- or single-quoted attributes.
    public static func escape(_ text: String) -> String {
        ExportText.replacingASCII(text) { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            // Control characters are not allowed in HTML text; tab and newlines are kept.
            case 0x09, 0x0A, 0x0D: return nil
            case 0..<0x20, 0x7F: return ""
            default: return nil
            }
        }
    }

    static let stylesheet = """
    :root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fbfaf7; --muted: #5f6368; --rule: #ddd8cc; }
    @media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --bg: #17181a; --muted: #a0a4a8; --rule: #3a3b3e; } }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 1.15rem/1.6 Georgia, "Iowan Old Style", "Noto Serif", serif; }
    article { max-width: 38rem; margin: 0 auto; padding: 3rem 1.25rem 4rem; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .75rem; }
    .standfirst { font-size: 1.25rem; font-style: italic; color: var(--muted); margin: 0 0 1rem; }
    .meta, .source, figcaption { font: .9rem/1.4 system-ui, sans-serif; color: var(--muted); }
    header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; padding-bottom: .5rem; }
    figure { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
    footer { border-top: 1px solid var(--rule); margin-top: 2rem; }
    """
}
