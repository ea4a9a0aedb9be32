#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes from article text what is never text and could drive a terminal — escape sequences,
/// C0 controls other than tab and newline, DEL and C1 controls — and the invisible characters
/// that split a word for search and entity recognition (soft hyphen, zero-width space, word
/// joiner, a stray byte-order mark). Carriage returns and other breaking controls become spaces.
/// The bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) go too: one left open
/// reorders the rest of a terminal line (a title that reads backwards, a byline that hides a
/// name), and they carry no letters. The direction marks (LRM, RLM, ALM) stay: they reorder
/// nothing past themselves and right-to-left text needs them.
public enum ControlCharacterStripper {
    /// `text` without control characters; the same string when it has none (the usual case,
    /// found by one pass over the UTF-8 bytes).
    /// With `c1AsWindows1252`, a C1 control becomes Windows-1252's character for its code point
    /// (U+0097 an em dash) instead of being dropped: HTML reads the references `&#128;`-`&#159;`
    /// that way, and libxml2 does not.
    public static func strip(_ text: String, c1AsWindows1252: Bool = false) -> String {
        guard needsStripping(text) else { return text }
        var out = String.UnicodeScalarView()
        var escape = EscapeSequence()
        // A breaking control becomes one space, unless a line break or the end follows it.
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if c1AsWindows1252, (0x80...0x9F).contains(scalar.value) {
                if let character = Windows1252.character(forC1: scalar.value) { out.append(character) }
                continue
            }
            if escape.consume(scalar) || escape.begin(scalar) { continue }
            switch scalar.value {
            case 0x0B, 0x0C, 0x0D: pendingSpace = true; continue
            case 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F: continue
            case 0xAD, 0x200B, 0x2060, 0xFEFF: continue
            case 0x202A...0x202E, 0x2066...0x2069: continue
            default: break
            }
            if pendingSpace, scalar != "\n", scalar != " ", let last = out.last, last != " ", last != "\n" { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// The optional form, for metadata fields.
    public static func strip(_ text: String?, c1AsWindows1252: Bool = false) -> String? {
        text.map { strip($0, c1AsWindows1252: c1AsWindows1252) }
    }

    /// True when `text` holds an ESC (the start of every 7-bit escape sequence) or a NUL (where
    /// libxml2 stops reading): two memchr calls.
    public static func containsEscapeOrNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x1B, bytes.count) != nil || memchr(base, 0, bytes.count) != nil
        }
    }

    /// True when the UTF-8 holds a control byte, a C1 control (C2 80-9F), a soft hyphen (C2 AD),
    /// U+200B (E2 80 8B), U+2060 (E2 81 A0), a bidi embedding, override or isolate (E2 80 AA-AE,
    /// E2 81 A6-A9) or U+FEFF (EF BB BF).
    public static func needsStripping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                // Nearly all text is printable ASCII: skip eight such bytes at a time (every byte
                // the tests below look for is outside 0x20-0x7E). Text that runs this on every
                // block and line of every page spent a few per cent of its time here.
                if i + 8 <= n, isPrintableASCII(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b < 0x20 {
                    if b != 0x09 && b != 0x0A { return true }
                } else if b == 0x7F {
                    return true
                } else if b == 0xC2, i + 1 < n {
                    let next = bytes[i + 1]
                    if next <= 0x9F || next == 0xAD { return true }
                } else if b == 0xE2, i + 2 < n {
                    let second = bytes[i + 1], third = bytes[i + 2]
                    if second == 0x80 && (third == 0x8B || (0xAA...0xAE).contains(third)) { return true }
                    if second == 0x81 && (third == 0xA0 || (0xA6...0xA9).contains(third)) { return true }
                } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// True when all eight bytes of `word` are 0x20-0x7E. May say false for some such words
    /// (a borrow between bytes), never true for others: callers then look byte by byte.
    @inline(__always)
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // No byte >= 0x80, and none is 0x7F (adding 1 sets its high bit; bytes below 0x80 never carry).
        guard (word | (word &+ 0x0101_0101_0101_0101)) & highBits == 0 else { return false }
        // No byte < 0x20: subtracting 0x20 from such a byte borrows and sets its high bit.
        return (word &- 0x2020_2020_2020_2020) & highBits == 0
    }
}
