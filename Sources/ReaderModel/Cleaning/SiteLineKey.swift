import Foundation

/// The key `SiteContext` counts a line under: a 64-bit hash of the line with whitespace runs
/// collapsed to one space, outer whitespace dropped and letters lowercased, so a line keys the same
/// on every page whatever its spacing or case.
///
/// It equals a hash of `SiteLineKey.normalizedText(line)` (split on `Character.isWhitespace`,
/// joined with spaces, `lowercased()`, compared as Swift compares strings: canonically), but is
/// computed in one pass over the UTF-8 bytes without building a string. ASCII is handled byte-wise;
/// other scalars go through a table (U+0080–U+07FF), a few known caseless ranges (punctuation,
/// CJK, kana, Hangul) or the scalar's Unicode properties. Lines whose grapheme clusters could make
/// `Character`-level splitting differ from scalar-level splitting, or whose canonical form could
/// differ from their bytes (combining marks with a combining class, conjoining jamo), take the exact
/// string path and are hashed in NFC, so both paths give the same key for canonically equal lines.
enum SiteLineKey {
    /// The key of an empty (all-whitespace) line; never counted.
    static let empty: UInt64 = 0

    static func key(_ line: Substring) -> UInt64 {
        keyAndLength(line).key
    }

    /// The key and the length in bytes of the normalised line (what `DuplicateGuard` weighs lines by).
    static func keyAndLength(_ line: Substring) -> (key: UInt64, length: Int) {
        if let found = line.utf8.withContiguousStorageIfAvailable({ keyAndLength(bytes: $0) }) { return found }
        return Array(line.utf8).withUnsafeBufferPointer { keyAndLength(bytes: $0) }
    }

    /// The key of one line's UTF-8 bytes.
    static func key(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        keyAndLength(bytes: bytes).key
    }

    /// The key of one line's UTF-8 bytes and the length of the normalised line.
    static func keyAndLength(bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, length: Int) {
        var hasher = LineHasher()
        // Whether a separator is owed before the next non-space byte (runs collapse to one).
        var pendingSpace = false
        // Whether the previous scalar was a non-control whitespace, which grapheme-joins with a
        // following mark; such a line takes the exact path.
        var afterJoinableSpace = false
        let n = bytes.count
        var i = 0
        while i < n {
            // Prose is mostly printable ASCII with single spaces: eight such bytes are lowercased and
            // hashed at once, exactly as the byte loop below would add them one by one.
            if i + 8 <= n, let chunk = SiteLineKey.plainChunk(bytes, at: i) {
                if pendingSpace { hasher.add(0x20); pendingSpace = false }
                hasher.add8(chunk)
                afterJoinableSpace = false
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = !hasher.isEmpty
                    afterJoinableSpace = b == 0x20
                } else {
                    if pendingSpace { hasher.add(0x20); pendingSpace = false }
                    hasher.add(b >= 65 && b <= 90 ? b + 32 : b)
                    afterJoinableSpace = false
                }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            // Invalid UTF-8 cannot come from a Swift string; be exact rather than clever.
            guard length > 1, i + length <= n else { return exactKeyAndLength(bytes) }
            var scalar = UInt32(b & (0xFF >> (length + 1)))
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            let info = LineKeyScalar.of(scalar)
            if info.needsExactPath || (afterJoinableSpace && info.joinsPrevious) { return exactKeyAndLength(bytes) }
            if info.isWhitespace {
                pendingSpace = !hasher.isEmpty
                afterJoinableSpace = !info.isControl
            } else {
                if pendingSpace { hasher.add(0x20); pendingSpace = false }
                if info.isIdentity {
                    for k in 0..<length { hasher.add(bytes[i + k]) }
                } else {
                    var lowered = info.lowercase
                    for _ in 0..<info.lowercaseCount { hasher.add(UInt8(truncatingIfNeeded: lowered)); lowered >>= 8 }
                }
                afterJoinableSpace = false
            }
            i += length
        }
        return (hasher.value, hasher.byteCount)
    }

    /// The eight bytes at `i`, lowercased, when the byte loop would add them unchanged but for case:
    /// all printable ASCII, spaces only single and inside the chunk (never first or last, so no run of
    /// whitespace starts or ends in it). Nil sends the bytes through the byte loop.
    @inline(__always)
    static func plainChunk(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64? {
        let x = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard x & highs == 0 else { return nil }
        // Bytes equal to 0x20 (exact per byte: no borrow crosses bytes).
        let spaceXor = x ^ (ones &* 0x20)
        let spaces = ~(((spaceXor & ~highs) &+ ~highs) | spaceXor | ~highs)
        // First or last byte a space, or two spaces in a row: the byte loop collapses or drops them.
        if spaces != 0, spaces & 0x80 != 0 || spaces & (1 << 63) != 0 || spaces & (spaces << 8) != 0 { return nil }
        // Any other byte below 0x21 (tab, newline, control): not plain. Spaces are raised to
        // 0x21 first; the test is exact for "some byte is below 0x21" on ASCII bytes.
        let raised = x &+ (spaces >> 7)
        if (raised &- ones &* 0x21) & ~raised & highs != 0 { return nil }
        // A-Z get 0x20 added: a byte is upper case when >= 0x41 and not >= 0x5B.
        let atLeastA = x &+ ones &* (0x80 - 0x41)
        let aboveZ = x &+ ones &* (0x80 - 0x5B)
        let upper = (atLeastA ^ aboveZ) & highs
        return x | (upper >> 2)
    }

    /// The line as `SiteContext` has always normalised it: words split on `Character.isWhitespace`,
    /// joined with single spaces, lowercased.
    static func normalizedText(_ line: Substring) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The exact path: the normalised string in NFC (Swift compares strings canonically), hashed
    /// like the fast path hashes bytes.
    static func exactKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        exactKeyAndLength(bytes).key
    }

    static func exactKeyAndLength(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, length: Int) {
        let text = String(decoding: bytes, as: UTF8.self)
        let normalized = normalizedText(text[...]).precomposedStringWithCanonicalMapping
        var hasher = LineHasher()
        for byte in normalized.utf8 { hasher.add(byte) }
        return (hasher.value, hasher.byteCount)
    }

    /// Hashes the normalised bytes eight at a time (one multiply per word, not per byte: body
    /// paragraphs are looked up too, so this runs over most of every page); `empty` is kept for
    /// lines without a word.
    struct LineHasher {
        private var h: UInt64 = 0x243F_6A88_85A3_08D3
        private var word: UInt64 = 0
        private var shift: UInt64 = 0
        private var count: UInt64 = 0
        var isEmpty: Bool { count == 0 }
        /// How many bytes were added.
        var byteCount: Int { Int(count) }

        @inline(__always) mutating func add(_ byte: UInt8) {
            word |= UInt64(byte) << shift
            count += 1
            shift += 8
            if shift == 64 {
                h = LineHasher.mix(h ^ word)
                word = 0
                shift = 0
            }
        }

        /// Adds eight bytes, first byte lowest, as eight `add` calls would.
        @inline(__always) mutating func add8(_ chunk: UInt64) {
            count += 8
            if shift == 0 {
                h = LineHasher.mix(h ^ chunk)
            } else {
                h = LineHasher.mix(h ^ (word | chunk << shift))
                word = chunk >> (64 - shift)
            }
        }

        /// A hash of the text's bytes as they are (no normalising), never 0 for a non-empty text.
        static func hash(exactly text: Substring) -> UInt64 {
            var text = text
            return text.withUTF8 { bytes in
                var hasher = LineHasher()
                var i = 0
                while i + 8 <= bytes.count {
                    hasher.add8(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)))
                    i += 8
                }
                while i < bytes.count { hasher.add(bytes[i]); i += 1 }
                return hasher.value
            }
        }

        @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
            let m = x &* 0x9E37_79B9_7F4A_7C15
            return m ^ (m >> 29)
        }

        var value: UInt64 {
            guard count > 0 else { return SiteLineKey.empty }
            // The length tells a short tail word from one padded with zero bytes; fmix64 spreads the bits.
            var x = LineHasher.mix(h ^ word) ^ count
            x ^= x >> 33
            x = x &* 0xFF51_AFD7_ED55_8CCD
            x ^= x >> 33
            x = x &* 0xC4CE_B9FE_1A85_EC53
            x ^= x >> 33
            return x == SiteLineKey.empty ? 1 : x
        }
    }
}
