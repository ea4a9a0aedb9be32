/// What `SiteLineKey` needs to know about one non-ASCII scalar.
struct LineKeyScalar: Sendable {
    /// The lowercase mapping's UTF-8 bytes, first byte lowest, when not the scalar itself.
    var lowercase: UInt32 = 0
    var lowercaseCount: UInt8 = 0
    var isIdentity = true
    /// Unicode White_Space (what `Character.isWhitespace` tests on a cluster's first scalar).
    var isWhitespace = false
    /// A control character: never grapheme-joined with a following mark.
    var isControl = false
    /// May extend the grapheme cluster of a preceding space (marks, joiners, emoji modifiers).
    var joinsPrevious = false
    /// Canonical form or cluster boundaries may differ from the bytes: the exact path decides.
    var needsExactPath = false

    static func of(_ value: UInt32) -> LineKeyScalar {
        if value < 0x800 { return twoByteTable[Int(value) - 0x80] }
        // General punctuation (curly quotes, dashes, spaces) and superscripts: no case.
        if value >= 0x2000 && value <= 0x206F {
            let space = value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
            let joiner = value == 0x200C || value == 0x200D
            return LineKeyScalar(isWhitespace: space, isControl: value == 0x2028 || value == 0x2029, joinsPrevious: joiner)
        }
        // CJK ideographs, Hangul syllables, kana without the combining voicing marks: no case, no marks.
        if (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0x3041 && value <= 0x3096) || (value >= 0x30A1 && value <= 0x30FA) {
            return LineKeyScalar()
        }
        return compute(value)
    }

    private static let twoByteTable: [LineKeyScalar] = (0x80..<0x800).map { compute(UInt32($0)) }

    private static func compute(_ value: UInt32) -> LineKeyScalar {
        guard let scalar = Unicode.Scalar(value) else { return LineKeyScalar(needsExactPath: true) }
        let properties = scalar.properties
        var info = LineKeyScalar()
        info.isWhitespace = properties.isWhitespace
        info.isControl = properties.generalCategory == .control || properties.generalCategory == .lineSeparator
            || properties.generalCategory == .paragraphSeparator
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: info.joinsPrevious = true
        default: break
        }
        // Emoji modifiers, halfwidth voicing marks, Thai and Lao am: grapheme extenders outside the mark categories.
        if (0x1F3FB...0x1F3FF).contains(value) || value == 0xFF9E || value == 0xFF9F || value == 0x0E33 || value == 0x0EB3 {
            info.joinsPrevious = true
        }
        // Reorderable marks and conjoining jamo change under NFC; prepended concatenation marks
        // (Arabic number signs...) join the following space into their cluster.
        let jamo = (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value) || (0xD7B0...0xD7FF).contains(value)
        if properties.canonicalCombiningClass != .notReordered || jamo || isPrepend(value) {
            info.needsExactPath = true
        }
        let lowered = properties.lowercaseMapping
        if lowered.unicodeScalars.count != 1 || lowered.unicodeScalars.first != scalar {
            let bytes = Array(lowered.utf8)
            if bytes.count <= 4 {
                info.isIdentity = false
                info.lowercaseCount = UInt8(bytes.count)
                for (k, byte) in bytes.enumerated() { info.lowercase |= UInt32(byte) << (8 * UInt32(k)) }
            } else {
                info.needsExactPath = true
            }
        }
        return info
    }

    /// Grapheme_Cluster_Break=Prepend (Unicode 15.1).
    private static func isPrepend(_ value: UInt32) -> Bool {
        switch value {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2...0x111C3,
             0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
            return true
        default:
            return false
        }
    }
}
