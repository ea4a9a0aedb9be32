import Foundation

/// The entity spans of one article as compact text, one span a line: JSONEncoder took a fifth of
/// indexing CPU for the hundreds of spans a page has.
///
/// Line: `fieldKind fieldIndex start end type normalized text`, tab-separated; `normalized` is empty
/// when absent; tabs and newlines inside text become spaces (spans are short names, never multi-line).
enum SpanCodec {
    static func encode(_ spans: [EntitySpan]) -> Data {
        var out = ""
        out.reserveCapacity(spans.count * 40)
        for span in spans {
            let (kind, index) = code(span.field)
            out += "\(kind)\t\(index)\t\(span.range.lowerBound)\t\(span.range.upperBound)\t\(span.type.rawValue)\t"
            out += clean(span.normalized ?? "") + "\t" + clean(span.text) + "\n"
        }
        return Data(out.utf8)
    }

    /// The spans back; malformed lines are skipped rather than failing the whole article.
    static func decode(_ data: Data) -> [EntitySpan] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 6, omittingEmptySubsequences: false)
            guard parts.count == 7, let kind = Int(parts[0]), let index = Int(parts[1]),
                  let start = Int(parts[2]), let end = Int(parts[3]), start <= end,
                  let type = EntityType(rawValue: String(parts[4])) else { return nil }
            return EntitySpan(field: field(kind: kind, index: index), range: start..<end, text: String(parts[6]),
                              type: type, normalized: parts[5].isEmpty ? nil : String(parts[5]))
        }
    }

    /// A field as two integers whose order is reading order.
    static func code(_ field: DocumentField) -> (Int, Int) {
        switch field {
        case .title: return (0, 0)
        case .standfirst: return (1, 0)
        case .paragraph(let i): return (2, i)
        case .caption(let i): return (3, i)
        }
    }

    static func field(kind: Int, index: Int) -> DocumentField {
        switch kind {
        case 0: return .title
        case 1: return .standfirst
        case 2: return .paragraph(index)
        default: return .caption(index)
        }
    }

    private static func clean(_ text: String) -> String {
        // Printable ASCII holds no tab or newline: skip the Character walk (the usual case).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return text }
        return text.contains(where: { $0 == "\t" || $0.isNewline })
            ? String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 }) : text
    }
}
