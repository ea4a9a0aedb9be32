import Foundation

/// An entity timeline as text (one line a mention), JSON or Markdown (what a person pastes into notes).
///
/// A date taken from the file rather than the page is marked: "2024-05-01?" in text, "(file date)" in
/// Markdown, `"file_date": true` in JSON.
public enum TimelineRenderer {
    /// `date  source  …context [mention] context…`, sources padded to one column.
    public static func text(_ entries: [TimelineEntry], name: String) -> String {
        let width = min(24, entries.map { $0.source.count }.max() ?? 0)
        var out = ""
        for e in entries {
            let date = e.date + (e.isFileDate ? "?" : " ")
            let source = e.source.count > width ? String(e.source.prefix(width - 1)) + "…" : e.source.padding(toLength: width, withPad: " ", startingAt: 0)
            out += safe("\(date) \(source)  \(e.context.before)[\(e.context.keyword)]\(e.context.after)") + "\n"
        }
        return out
    }

    /// A heading and one list item a mention: date, source linked to its file, the context with the mention in bold.
    public static func markdown(_ entries: [TimelineEntry], name: String) -> String {
        var out = "## \(MarkdownExporter.escaped(safe(name))): timeline\n\n"
        for e in entries {
            let date = e.date + (e.isFileDate ? " (file date)" : "")
            let link = "[\(MarkdownExporter.escaped(safe(e.source)))](<\(safe(e.path).replacingOccurrences(of: ">", with: "%3E"))>)"
            let context = MarkdownExporter.escaped(safe(e.context.before)) + "**" + MarkdownExporter.escaped(safe(e.context.keyword)) + "**"
                + MarkdownExporter.escaped(safe(e.context.after))
            out += "- \(date) · \(link): \(context)\n"
        }
        return out
    }

    /// `[{"date", "file_date", "source", "file", "field", "start", "end", "before", "mention", "after"}]`;
    /// `start`/`end` are UTF-8 byte offsets into the field's text.
    public static func json(_ entries: [TimelineEntry], name: String) throws -> String {
        struct Row: Encodable {
            var date: String
            var file_date: Bool
            var source: String
            var file: String
            var field: String
            var start: Int
            var end: Int
            var before: String
            var mention: String
            var after: String
        }
        let rows = entries.map {
            Row(date: $0.date, file_date: $0.isFileDate, source: $0.source, file: $0.path, field: fieldName($0.field),
                start: $0.range.lowerBound, end: $0.range.upperBound, before: $0.context.before, mention: $0.context.keyword,
                after: $0.context.after)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }

    /// "title", "standfirst", "paragraph 3", "caption 1".
    static func fieldName(_ field: DocumentField) -> String {
        switch field {
        case .title: return "title"
        case .standfirst: return "standfirst"
        case .paragraph(let i): return "paragraph \(i)"
        case .caption(let i): return "caption \(i)"
        }
    }

    /// Text from pages and paths, with anything that could drive a terminal shown as an escape.
    private static func safe(_ text: String) -> String {
        PrintableText.escaped(text)
    }
}
