import Foundation

/// Appends the primitives of the index's binary blobs (`DocumentCodec`, `SpanCodec`): LEB128 varints
/// and length-prefixed UTF-8, so a span costs a few bytes where its JSON or text line cost dozens.
struct CompactWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func varint(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value))
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ value: String) {
        varint(value.utf8.count)
        bytes += value.utf8
    }

    /// nil as 0, otherwise the length plus one, so nil and "" stay apart.
    mutating func optionalString(_ value: String?) {
        guard let value else { varint(0); return }
        varint(value.utf8.count + 1)
        bytes += value.utf8
    }

    var data: Data { Data(bytes) }
}

/// Reads what `CompactWriter` wrote; every read returns nil past the end or on a malformed value,
/// so a damaged blob fails cleanly instead of trapping.
struct CompactReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// A non-negative varint that fits an `Int` (nil for anything else).
    mutating func varint() -> Int? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 63 {
            let b = bytes[position]
            position += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result <= UInt64(Int.max) ? Int(result) : nil }
            shift += 7
        }
        return nil
    }

    mutating func string() -> String? {
        guard let count = varint() else { return nil }
        return text(count)
    }

    /// `.some(nil)` for a stored nil, nil when the blob is malformed.
    mutating func optionalString() -> String?? {
        guard let marker = varint() else { return nil }
        if marker == 0 { return .some(nil) }
        guard let value = text(marker - 1) else { return nil }
        return .some(value)
    }

    private mutating func text(_ count: Int) -> String? {
        guard count <= bytes.count - position else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }
}
