import Foundation

/// The stored form of an article's passages (the index's `passage.units` blob): varints, shingles as
/// sorted deltas. About four bytes a word.
enum PassageCodec {
    static let version: UInt8 = 1

    static func encode(_ passages: ArticlePassages) -> Data {
        var out = CompactWriter(capacity: 16 + passages.units.count * 48)
        out.byte(version)
        out.varint(passages.wordCount)
        out.varint(passages.units.count)
        for unit in passages.units {
            switch unit.field {
            case .title: out.varint(0); out.varint(0)
            case .standfirst: out.varint(1); out.varint(0)
            case .paragraph(let i): out.varint(2); out.varint(i)
            case .caption(let i): out.varint(3); out.varint(i)
            }
            out.varint(unit.range.lowerBound)
            out.varint(unit.range.count)
            out.varint(unit.wordCount)
            out.byte(unit.isQuote ? 1 : 0)
            out.varint(unit.shingles.count)
            var previous: UInt32 = 0
            for s in unit.shingles { out.varint(Int(s - previous)); previous = s }
        }
        return out.data
    }

    /// Nil when the blob is damaged or of another version.
    static func decode(_ data: Data) -> ArticlePassages? {
        var input = CompactReader(data)
        guard input.byte() == version, let words = input.varint(), let count = input.varint(), count <= data.count else { return nil }
        var units: [PassageUnit] = []
        units.reserveCapacity(count)
        for _ in 0..<count {
            guard let kind = input.varint(), let index = input.varint(), let lower = input.varint(), let length = input.varint(),
                  let wordCount = input.varint(), let quote = input.byte(), let n = input.varint(), n <= data.count else { return nil }
            let field: DocumentField
            switch kind {
            case 0: field = .title
            case 1: field = .standfirst
            case 2: field = .paragraph(index)
            case 3: field = .caption(index)
            default: return nil
            }
            var shingles: [UInt32] = []
            shingles.reserveCapacity(n)
            var previous: UInt64 = 0
            for _ in 0..<n {
                guard let delta = input.varint() else { return nil }
                previous += UInt64(delta)
                guard previous <= UInt64(UInt32.max) else { return nil }
                shingles.append(UInt32(previous))
            }
            guard lower <= Int.max - length else { return nil }
            units.append(PassageUnit(field: field, range: lower..<(lower + length), wordCount: wordCount, shingles: shingles, isQuote: quote == 1))
        }
        return ArticlePassages(units: units, wordCount: words)
    }
}
