import Foundation

/// The entity spans of one article as a compact binary blob (the `article.entities` column).
///
/// A page names a few dozen entities hundreds of times, so each distinct (type, text, normalized)
/// is stored once in a table and a span is four varints: field, start, length, table entry.
/// Layout: magic byte, entry count, entries (type code, text, optional normalized), span count,
/// spans (field code `index << 2 | kind`, start, end - start, entry). About a third of the
/// tab-separated text it replaces (v2), and no text parsing on the way back.
enum SpanCodec {
    /// First byte of the blob; a v2 text blob starts with a digit, so the two are never confused.
    static let magic: UInt8 = 0xE5

    /// Type codes, by position: append new types, never reorder (the codes are stored).
    static let typeCodes: [EntityType] = [.person, .organization, .place, .date, .money, .other]

    static func encode(_ spans: [EntitySpan]) -> Data {
        struct Entry {
            var type: EntityType
            var text: String
            var normalized: String?
        }
        var entries: [Entry] = []
        var refs: [Int] = []
        refs.reserveCapacity(spans.count)
        // Entries are found by an FNV hash of their text in an open-addressed table of entry
        // numbers: hashing every span's strings with SipHash (a Dictionary) cost more than the rest.
        var size = 16
        while size < spans.count * 2 { size *= 2 }
        let mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for span in spans {
            var h = WordLexicon.hash(span.text)
            if let normalized = span.normalized { h ^= WordLexicon.hash(normalized) &* 31 }
            var slot = Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 {
                    slots[slot] = Int32(entries.count)
                    refs.append(entries.count)
                    entries.append(Entry(type: span.type, text: span.text, normalized: span.normalized))
                    break
                }
                let entry = entries[index]
                if entry.type == span.type, entry.text == span.text, entry.normalized == span.normalized {
                    refs.append(index)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        var out = CompactWriter(capacity: 16 + entries.count * 16 + spans.count * 6)
        out.byte(magic)
        out.varint(entries.count)
        for entry in entries {
            out.byte(UInt8(typeCodes.firstIndex(of: entry.type) ?? typeCodes.count - 1))
            out.string(entry.text)
            out.optionalString(entry.normalized)
        }
        out.varint(spans.count)
        for (span, ref) in zip(spans, refs) {
            let (kind, index) = code(span.field)
            out.varint(index << 2 | kind)
            out.varint(span.range.lowerBound)
            out.varint(span.range.count)
            out.varint(ref)
        }
        return out.data
    }

    /// The spans back, in the order they were encoded. A damaged blob gives the spans read
    /// before the damage (none for a foreign one) rather than failing the whole article.
    static func decode(_ data: Data) -> [EntitySpan] {
        var reader = CompactReader(data)
        guard reader.byte() == magic, let entryCount = reader.varint() else { return [] }
        var entries: [(type: EntityType, text: String, normalized: String?)] = []
        entries.reserveCapacity(min(entryCount, data.count))
        for _ in 0..<entryCount {
            guard let code = reader.byte(), Int(code) < typeCodes.count,
                  let text = reader.string(), let normalized = reader.optionalString() else { return [] }
            entries.append((typeCodes[Int(code)], text, normalized))
        }
        guard let spanCount = reader.varint() else { return [] }
        var spans: [EntitySpan] = []
        spans.reserveCapacity(min(spanCount, data.count / 4))
        for _ in 0..<spanCount {
            guard let fieldCode = reader.varint(), let start = reader.varint(), let length = reader.varint(),
                  let ref = reader.varint(), ref < entries.count, start <= Int.max - length else { break }
            let entry = entries[ref]
            spans.append(EntitySpan(field: field(kind: fieldCode & 3, index: fieldCode >> 2), range: start..<start + length,
                                    text: entry.text, type: entry.type, normalized: entry.normalized))
        }
        return spans
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
}
