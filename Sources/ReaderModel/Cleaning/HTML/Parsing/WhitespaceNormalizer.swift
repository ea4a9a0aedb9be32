/// Collapses runs of whitespace (including no-break and zero-width spaces) to one space and trims.
/// Zero-width non-joiner and joiner are letters of the words they sit in, not space.
enum WhitespaceNormalizer {
    /// Works on UTF-8 bytes: the spaces that matter are ASCII or a few fixed 2- and 3-byte sequences.
    static func normalize(_ s: String) -> String {
        var s = s
        return s.withUTF8(normalize)
    }

    /// `normalize` on the UTF-8 bytes of a text (whole characters: the result is valid UTF-8 when they are).
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        do {
            let n = bytes.count
            guard n > 0 else { return "" }
            // Written straight into the new string's storage: no array between.
            return String(unsafeUninitializedCapacity: n) { out in
            var count = 0
            var pendingSpace = false
            var i = 0
            while i < n {
                // A run of ordinary bytes (no whitespace, no lead byte of a space-like sequence)
                // is copied whole.
                var j = i
                while j < n {
                    let c = bytes[j]
                    if c <= 0x20 || (c >= 0xC2 && (c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF)) { break }
                    j += 1
                }
                if j > i {
                    if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                    UnsafeMutableRawPointer(out.baseAddress! + count).copyMemory(from: bytes.baseAddress! + i, byteCount: j - i)
                    count += j - i
                    i = j
                    continue
                }
                let b = bytes[i]
                var width = 0       // bytes of a space-like sequence at i
                var isSpace = true  // false: invisible, dropped without a space
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    width = 1
                } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAD {
                    width = 2; isSpace = bytes[i + 1] == 0xA0  // no-break space; soft hyphen
                } else if (b == 0xE2 || b == 0xE3 || b == 0xEF), i + 2 < n {
                    let b1 = bytes[i + 1], b2 = bytes[i + 2]
                    if b == 0xE2 && b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { width = 3 }
                    // Zero-width space goes; the non-joiner and joiner (U+200C, U+200D) spell Persian
                    // and Indic words and emoji sequences, and stay.
                    else if b == 0xE2 && b1 == 0x80 && b2 == 0x8B { width = 3; isSpace = false }
                    else if b == 0xE2 && b1 == 0x81 && b2 == 0x9F { width = 3 }
                    else if b == 0xE3 && b1 == 0x80 && b2 == 0x80 { width = 3 }
                    else if b == 0xEF && b1 == 0xBB && b2 == 0xBF { width = 3; isSpace = false }
                }
                if width > 0 {
                    if isSpace { pendingSpace = count > 0 }
                    i += width
                    continue
                }
                // A pending space follows a kept byte and precedes this one: output stays within n.
                if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                out[count] = b
                count += 1
                i += 1
            }
            return count
            }
        }
    }
}
