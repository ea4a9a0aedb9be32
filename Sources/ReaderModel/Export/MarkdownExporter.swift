/// Markdown with a small YAML front matter (title, byline, date, publisher, source), then the
/// title, the standfirst in italics, the paragraphs and the captions as a section of quotes.
public enum MarkdownExporter {
    public static func render(_ document: Document) -> String {
        var front = ["---"]
        let metadata: [(String, String?)] = [
            ("title", document.title), ("byline", document.byline), ("date", document.published),
            ("publisher", document.publisher), ("source", document.source),
        ]
        for case let (key, value?) in metadata { front.append("\(key): \(yamlQuoted(value))") }
        front.append("---")

        var blocks = [front.joined(separator: "\n")]
        if let title = document.title.map(ExportText.oneLine), !title.isEmpty { blocks.append("# " + escaped(title)) }
        if let standfirst = document.standfirst.map(ExportText.oneLine), !standfirst.isEmpty {
            blocks.append("*" + escaped(standfirst) + "*")
        }
        blocks += document.paragraphs.map(ExportText.oneLine).filter { !$0.isEmpty }.map(escaped)
        let captions = document.captions.map(ExportText.oneLine).filter { !$0.isEmpty }
        if !captions.isEmpty {
            blocks.append("## Captions")
            blocks += captions.map { "> " + escaped($0) }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A YAML double-quoted scalar: backslash escapes for quotes, backslashes and control characters.
    public static func yamlQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Escapes what Markdown would read as markup: inline emphasis, code, links and HTML
    /// anywhere, and block markers (headings, quotes, list bullets, numbered lists) at the start.
    public static func escaped(_ text: String) -> String {
        var out = ExportText.replacingASCII(text) { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                return "\\" + String(UnicodeScalar(byte))
            default:
                return nil
            }
        }
        if let first = out.first, "#+-=".contains(first) { out.insert("\\", at: out.startIndex) }
        // "1. text" or "1) text" would start an ordered list.
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < 10 {
            let rest = out.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first?.isWhitespace ?? true {
                out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
            }
        }
        return out
    }
}
