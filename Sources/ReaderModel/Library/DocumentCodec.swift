import Foundation

/// A cleaned `Document` as the index stores it (schema v3): its body text once, in `article.body`
/// (which FTS5 indexes as external content), its header in the title/byline/published/publisher
/// columns, and everything else in a small binary blob (`article.document`).
///
/// The blob holds the source path, the UTF-8 length of each body field (so fields may contain
/// newlines), the removed blocks and the source offsets. `blocks` (the `--explain` evidence) is not
/// stored: it is re-derived from the file on demand (`LibraryIndex.explainedDocument`).
enum DocumentCodec {
    /// First byte of the blob (v2 stored JSON, which starts with `{`).
    static let magic: UInt8 = 0xD3

    /// The text FTS indexes as the body: standfirst, paragraphs and captions, one per line.
    static func body(of document: Document) -> String {
        var body = ""
        body.reserveCapacity(document.paragraphs.reduce(document.standfirst?.utf8.count ?? 0) { $0 + $1.utf8.count + 1 })
        var first = true
        func add(_ text: String) {
            if !first { body.append("\n") }
            body.append(text)
            first = false
        }
        if let standfirst = document.standfirst { add(standfirst) }
        document.paragraphs.forEach(add)
        document.captions.forEach(add)
        return body
    }

    static func encode(_ document: Document) -> Data {
        var out = CompactWriter(capacity: 64 + document.paragraphs.count * 2 + document.removed.reduce(0) { $0 + $1.text.utf8.count + 12 })
        out.byte(magic)
        out.string(document.source)
        // The standfirst's presence, then its length: its text is in the body.
        if let standfirst = document.standfirst { out.byte(1); out.varint(standfirst.utf8.count) } else { out.byte(0) }
        out.varint(document.paragraphs.count)
        for paragraph in document.paragraphs { out.varint(paragraph.utf8.count) }
        out.varint(document.captions.count)
        for caption in document.captions { out.varint(caption.utf8.count) }
        out.varint(document.removed.count)
        for block in document.removed {
            out.string(block.reason.rawValue)
            out.string(block.text)
        }
        // Sorted so the bytes do not depend on dictionary order.
        let offsets = document.sourceOffsets.map { (SpanCodec.code($0.key), $0.value) }.sorted { $0.0 < $1.0 }
        out.varint(offsets.count)
        for ((kind, index), offset) in offsets {
            out.varint(index << 2 | kind)
            out.varint(offset)
        }
        return out.data
    }

    /// The document back from the blob, the body column and the header columns; nil when the blob
    /// is damaged or does not fit the body (never a document with shifted paragraphs).
    static func decode(_ data: Data, body: String, title: String?, byline: String?, published: String?, publisher: String?) -> Document? {
        var reader = CompactReader(data)
        guard reader.byte() == magic, let source = reader.string(), let standfirstFlag = reader.byte() else { return nil }
        let hasStandfirst = standfirstFlag == 1
        var lengths: [Int] = []
        if hasStandfirst {
            guard let length = reader.varint() else { return nil }
            lengths.append(length)
        }
        guard let paragraphCount = reader.varint(), paragraphCount <= data.count else { return nil }
        for _ in 0..<paragraphCount {
            guard let length = reader.varint() else { return nil }
            lengths.append(length)
        }
        guard let captionCount = reader.varint(), captionCount <= data.count else { return nil }
        for _ in 0..<captionCount {
            guard let length = reader.varint() else { return nil }
            lengths.append(length)
        }
        guard let fields = split(body, lengths: lengths) else { return nil }
        var document = Document(source: source, title: title, byline: byline, published: published, publisher: publisher)
        var next = 0
        if hasStandfirst { document.standfirst = fields[0]; next = 1 }
        document.paragraphs = Array(fields[next..<next + paragraphCount])
        document.captions = Array(fields[(next + paragraphCount)...])
        guard let removedCount = reader.varint(), removedCount <= data.count else { return nil }
        document.removed.reserveCapacity(removedCount)
        for _ in 0..<removedCount {
            guard let raw = reader.string(), let reason = NoiseReason(rawValue: raw), let text = reader.string() else { return nil }
            document.removed.append(RemovedBlock(text: text, reason: reason))
        }
        guard let offsetCount = reader.varint(), offsetCount <= data.count else { return nil }
        for _ in 0..<offsetCount {
            guard let code = reader.varint(), let offset = reader.varint() else { return nil }
            document.sourceOffsets[SpanCodec.field(kind: code & 3, index: code >> 2)] = offset
        }
        return document
    }

    /// The body cut back into its fields: `lengths` in UTF-8 bytes, one newline between fields.
    private static func split(_ body: String, lengths: [Int]) -> [String]? {
        var body = body
        return body.withUTF8 { bytes -> [String]? in
            let expected = lengths.reduce(max(lengths.count - 1, 0)) { $0 &+ $1 }
            guard expected == bytes.count, lengths.allSatisfy({ $0 >= 0 }) else { return nil }
            var fields: [String] = []
            fields.reserveCapacity(lengths.count)
            var start = 0
            for length in lengths {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + length]), as: UTF8.self))
                start += length + 1
            }
            return fields
        }
    }
}
