/// Writes a `Document` as the same JSON `JSONEncoder` gives it (decodable by `JSONDecoder`), without
/// going through `Codable`: the generic encoder took about 5% of cold-indexing CPU.
///
/// Follows the synthesized `Codable` layout: nil optionals are left out, `DocumentField` is
/// `{"paragraph":{"_0":3}}`, and `sourceOffsets` (a dictionary with non-string keys) is a flat array
/// of alternating keys and values.
enum DocumentJSONWriter {
    static func encode(_ document: Document) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(document.paragraphs.reduce(256) { $0 + $1.utf8.count + 4 } * 5 / 4)
        out.append(UInt8(ascii: "{"))
        key("source", &out, first: true); string(document.source, &out)
        for (name, value) in [("title", document.title), ("byline", document.byline), ("published", document.published),
                              ("publisher", document.publisher), ("standfirst", document.standfirst)] {
            if let value { key(name, &out); string(value, &out) }
        }
        key("paragraphs", &out); strings(document.paragraphs, &out)
        key("captions", &out); strings(document.captions, &out)
        key("removed", &out)
        array(document.removed, &out) { block, out in
            out.append(UInt8(ascii: "{"))
            key("text", &out, first: true); string(block.text, &out)
            key("reason", &out); string(block.reason.rawValue, &out)
            out.append(UInt8(ascii: "}"))
        }
        key("blocks", &out)
        array(document.blocks, &out) { block, out in
            out.append(UInt8(ascii: "{"))
            key("text", &out, first: true); string(block.text, &out)
            key("role", &out); string(block.role.rawValue, &out)
            if let reason = block.reason { key("reason", &out); string(reason.rawValue, &out) }
            if let evidence = block.evidence { key("evidence", &out); string(evidence, &out) }
            out.append(UInt8(ascii: "}"))
        }
        key("sourceOffsets", &out)
        // Sorted so the bytes do not depend on dictionary order.
        let offsets = document.sourceOffsets.sorted { $0.key < $1.key }
        out.append(UInt8(ascii: "["))
        for (i, (field, offset)) in offsets.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            switch field {
            case .title: out += Array(#"{"title":{}}"#.utf8)
            case .standfirst: out += Array(#"{"standfirst":{}}"#.utf8)
            case .paragraph(let n): out += Array(#"{"paragraph":{"_0":"#.utf8); number(n, &out); out += Array("}}".utf8)
            case .caption(let n): out += Array(#"{"caption":{"_0":"#.utf8); number(n, &out); out += Array("}}".utf8)
            }
            out.append(UInt8(ascii: ",")); number(offset, &out)
        }
        out.append(UInt8(ascii: "]"))
        out.append(UInt8(ascii: "}"))
        return out
    }

    private static func key(_ name: String, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        string(name, &out)
        out.append(UInt8(ascii: ":"))
    }

    private static func number(_ n: Int, _ out: inout [UInt8]) {
        out += Array(String(n).utf8)
    }

    private static func strings(_ values: [String], _ out: inout [UInt8]) {
        array(values, &out) { string($0, &$1) }
    }

    private static func array<T>(_ values: [T], _ out: inout [UInt8], _ element: (T, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            element(value, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else verbatim UTF-8.
    static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it in one go.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += value.utf8
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
