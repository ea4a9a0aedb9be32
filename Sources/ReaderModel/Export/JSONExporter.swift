/// The `lede clean --format json` object on one line: keys always present, in a fixed order, null where unknown.
public enum JSONExporter {
    public static func render(_ document: Document) -> String {
        let removed = document.removed.map { "{\"text\":\(quote($0.text)),\"reason\":\(quote($0.reason.rawValue))}" }
        let fields: [(String, String)] = [
            ("source", quote(document.source)),
            ("title", optional(document.title)),
            ("byline", optional(document.byline)),
            ("published", optional(document.published)),
            ("publisher", optional(document.publisher)),
            ("standfirst", optional(document.standfirst)),
            ("paragraphs", "[" + document.paragraphs.map(quote).joined(separator: ",") + "]"),
            ("captions", "[" + document.captions.map(quote).joined(separator: ",") + "]"),
            ("removed", "[" + removed.joined(separator: ",") + "]"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    private static func optional(_ value: String?) -> String { value.map(quote) ?? "null" }

    /// A JSON string literal. Control characters are escaped so the object stays on one line;
    /// U+2028/U+2029 too, because JavaScript treats them as line breaks.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}", "\u{2029}": out += "\\u\(hex4(scalar.value))"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\\u\(hex4(scalar.value))" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
