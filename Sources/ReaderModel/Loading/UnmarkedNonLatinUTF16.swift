/// UTF-16 without a byte-order mark whose text is mostly outside ASCII (Cyrillic, Greek, Hebrew,
/// Arabic, CJK): no byte lane is mostly zeros, so the ASCII-shaped test misses it, and read byte by
/// byte its high bytes are control characters, so the loader refused the copy as binary.
///
/// Looked at only where that refusal would happen (the bytes as they stand look binary), so a file
/// that loads today is never read differently. The shape asked for: zero bytes (the ASCII spaces,
/// digits and line breaks of the text) almost only in one lane, and the units, read with that lane
/// high, nearly all characters text holds (no controls, unpaired surrogates, private-use or
/// unassigned code points), which random or binary bytes are not.
enum UnmarkedNonLatinUTF16 {
    /// The byte order of the UTF-16 text in `sample` (a file's first bytes, an even count), nil when
    /// it does not have that shape. `zeroEven`/`zeroOdd` count the sample's zero bytes by position.
    static func encoding(_ sample: ArraySlice<UInt8>, zeroEven: Int, zeroOdd: Int) -> TextEncoding? {
        let pairs = sample.count / 2
        guard pairs >= 8, zeroEven + zeroOdd > 0, BinarySniffer.looksBinary(Array(sample)) else { return nil }
        // Little-endian keeps the high byte (zero for ASCII) at odd offsets; more zeros in the high
        // lane than in the low one, and few in the low one (a Cyrillic letter is 04xx, never xx00).
        var candidates: [(encoding: TextEncoding, highZeros: Int)] = []
        if zeroEven * 20 < pairs, zeroOdd > zeroEven { candidates.append((.utf16LittleEndian, zeroOdd)) }
        if zeroOdd * 20 < pairs, zeroEven > zeroOdd { candidates.append((.utf16BigEndian, zeroEven)) }
        return candidates.first { readsAsText(sample, littleEndian: $0.encoding == .utf16LittleEndian) }?.encoding
    }

    /// At most one unit in fifty is something no text holds, and under half are two ASCII bytes.
    static func readsAsText(_ sample: ArraySlice<UInt8>, littleEndian: Bool) -> Bool {
        let base = sample.startIndex
        let count = sample.count / 2
        func unit(_ index: Int) -> UInt32 {
            let first = UInt32(sample[base + 2 * index]), second = UInt32(sample[base + 2 * index + 1])
            return littleEndian ? first | second << 8 : first << 8 | second
        }
        var units = 0, odd = 0, asciiPairs = 0
        var index = 0
        while index < count {
            let value = unit(index)
            index += 1
            units += 1
            // Both bytes printable ASCII: 8-bit text read two bytes at a time gives such units (as
            // CJK-looking code points); Cyrillic or Greek never, Chinese in about a quarter.
            if (0x20...0x7E).contains(value >> 8), (0x20...0x7E).contains(value & 0xFF) { asciiPairs += 1 }
            if (0xD800...0xDBFF).contains(value) {
                if index == count { break }  // a pair cut by the end of the sample
                let next = unit(index)
                if (0xDC00...0xDFFF).contains(next) {
                    index += 1
                    let scalar = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (next - 0xDC00))!
                    if !isTextScalar(scalar) { odd += 1 }
                } else {
                    odd += 1
                }
                continue
            }
            guard let scalar = Unicode.Scalar(value) else { odd += 1; continue }  // a lone low surrogate
            if !isTextScalar(scalar) { odd += 1 }
        }
        return units >= 8 && odd * 50 <= units && asciiPairs * 2 < units
    }

    /// Printable characters, tab and the line breaks; not controls, private use, unassigned code
    /// points or noncharacters.
    private static func isTextScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20...0x7E: return true
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
        default:
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate, .control: return false
            default: return true
            }
        }
    }
}
