/// The `lede clean --format json` object on one line: keys always present, in a fixed order, null where unknown;
/// `title_derived` and `derived_title` follow `title` only when the page has no headline.
public enum JSONExporter {
    public static func render(_ document: Document) -> String {
        let removed = document.removed.map { "{\"text\":\(quote($0.text)),\"reason\":\(quote($0.reason.rawValue))}" }
        let derived = document.derivedTitle
        var fields: [(String, String)] = [
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
        // A page without a headline: the display title made from its first sentence, marked as derived.
        if let derived {
            fields.insert(("title_derived", "true"), at: 2)
            fields.insert(("derived_title", quote(derived)), at: 3)
        }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    private static func optional(_ value: String?) -> String { value.map(quote) ?? "null" }

    /// A JSON string literal. Control characters are escaped so the object stays on one line;
    /// U+2028/U+2029 too, because JavaScript treats them as line breaks.
    public static func quote(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = [0x22]
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20, 0x7F: out += Array("\\u\(hex4(UInt32(byte)))".utf8)
            case 0xC2 where index < bytes.count && bytes[index] < 0xA0:
                // C1 controls (U+0080-U+009F; U+009B is a one-byte CSI) are escaped like C0.
                out += Array("\\u\(hex4(UInt32(bytes[index])))".utf8)
                index += 1
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
                out += Array((bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)  // U+2028/U+2029
                index += 2
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes the C1 controls (UTF-8 C2 80-C2 9F) a JSON encoder left raw; in JSON they can
    /// only occur inside strings, so escaping them is valid anywhere in the text.
    public static func escapingC1Controls(_ json: String) -> String {
        guard json.utf8.contains(0xC2) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count)
        var iterator = json.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == 0xC2, let next = iterator.next() else { out.append(byte); continue }
            if next < 0xA0 { out += Array("\\u\(hex4(UInt32(next)))".utf8) } else { out += [byte, next] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
