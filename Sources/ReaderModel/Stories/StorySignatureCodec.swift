import Foundation

/// The stored form of a `StorySignature`: a small little-endian binary blob (about 1 KB), versioned
/// so a format change reads as "no signature" (the article is grouped alone) rather than garbage.
public enum StorySignatureCodec {
    static let version: UInt8 = 1

    public static func encode(_ s: StorySignature) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(16 + s.minHash.values.count * 4 + s.sample.count * 4 + s.entities.count * 40)
        out.append(version)
        putVarint(UInt64(s.minHash.values.count), &out)
        for v in s.minHash.values { put32(v, &out) }
        putVarint(UInt64(s.sample.count), &out)
        for v in s.sample { put32(v, &out) }
        putVarint(UInt64(s.shingleCount), &out)
        putVarint(UInt64(s.entities.count), &out)
        for e in s.entities {
            putVarint(UInt64(e.weight), &out)
            putString(e.key, &out)
            putString(e.name, &out)
        }
        putDay(s.published, &out)
        putDay(s.fileDay, &out)
        putVarint(UInt64(s.metadataScore), &out)
        putVarint(UInt64(s.bodyBytes), &out)
        return Data(out)
    }

    /// Nil when the blob is damaged or of another version.
    public static func decode(_ data: Data) -> StorySignature? {
        var reader = Reader(bytes: [UInt8](data))
        guard reader.byte() == version,
              let slots = reader.count(max: 4096), let minHash = reader.words(slots),
              let samples = reader.count(max: 1 << 20), let sample = reader.words(samples),
              let shingleCount = reader.count(max: Int(Int32.max)),
              let entityCount = reader.count(max: 4096) else { return nil }
        var entities: [StoryEntity] = []
        for _ in 0..<entityCount {
            guard let weight = reader.count(max: Int(Int32.max)), let key = reader.string(), let name = reader.string() else { return nil }
            entities.append(StoryEntity(key: key, name: name, weight: weight))
        }
        guard let published = reader.day(), let fileDay = reader.day(),
              let metadataScore = reader.count(max: 64), let bodyBytes = reader.count(max: Int(Int32.max)), reader.atEnd else { return nil }
        return StorySignature(minHash: MinHash(values: minHash), sample: sample, shingleCount: shingleCount, entities: entities,
                              published: published, fileDay: fileDay, metadataScore: metadataScore, bodyBytes: bodyBytes)
    }

    private static func put32(_ v: UInt32, _ out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: v)); out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v >> 16)); out.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    private static func putVarint(_ value: UInt64, _ out: inout [UInt8]) {
        var v = value
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    private static func putString(_ s: String, _ out: inout [UInt8]) {
        putVarint(UInt64(s.utf8.count), &out)
        out.append(contentsOf: s.utf8)
    }

    /// 0 for none, else the day shifted by one, zigzag-encoded (days before 1970 are negative).
    private static func putDay(_ day: Int?, _ out: inout [UInt8]) {
        guard let day else { putVarint(0, &out); return }
        let zigzag = UInt64(bitPattern: Int64(day << 1) ^ Int64(day >> 63))
        putVarint(zigzag + 1, &out)
    }

    private struct Reader {
        let bytes: [UInt8]
        var at = 0
        var atEnd: Bool { at == bytes.count }

        mutating func byte() -> UInt8? {
            guard at < bytes.count else { return nil }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func varint() -> UInt64? {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while shift < 64, let b = byte() {
                result |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
            }
            return nil
        }

        mutating func count(max: Int) -> Int? {
            guard let v = varint(), v <= UInt64(max) else { return nil }
            return Int(v)
        }

        mutating func words(_ n: Int) -> [UInt32]? {
            guard n <= (bytes.count - at) / 4 else { return nil }
            var out = [UInt32](repeating: 0, count: n)
            for i in 0..<n {
                out[i] = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
                at += 4
            }
            return out
        }

        mutating func string() -> String? {
            guard let n = count(max: bytes.count - at) else { return nil }
            defer { at += n }
            return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
        }

        /// nil: damaged; .some(nil): no day.
        mutating func day() -> Int?? {
            guard let v = varint() else { return nil }
            if v == 0 { return .some(nil) }
            let zigzag = Int64(bitPattern: v - 1)
            return .some(Int((zigzag >> 1) ^ -(zigzag & 1)))
        }
    }
}
