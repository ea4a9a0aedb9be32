#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes from article text what is never text and could drive a terminal — escape sequences,
/// C0 controls other than tab and newline, DEL and C1 controls — and the invisible characters
/// that split a word for search and entity recognition (soft hyphen, zero-width space, word
/// joiner, a stray byte-order mark). Carriage returns and other breaking controls become spaces.
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
    /// U+200B (E2 80 8B), U+2060 (E2 81 A0) or U+FEFF (EF BB BF).
    public static func needsStripping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            // Sixteen bytes at a time, each tested with the two that follow it: text in
            // Cyrillic, CJK or with typographic quotes is mostly bytes >= 0x80, which a
            // printable-ASCII skip would walk one by one (the text cleaner runs this on every page).
            if n >= 18, let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 18 <= n {
                    let b0 = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    // Printable ASCII throughout (0x20-0x7E), the usual case: one comparison.
                    if all((b0 &- 0x20) .< 0x5F) {
                        i += 16
                        continue
                    }
                    let b1 = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
                    let b2 = raw.loadUnaligned(fromByteOffset: i + 2, as: SIMD16<UInt8>.self)
                    if hasStrippable(b0, b1, b2) { return true }
                    i += 16
                }
            }
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    if b != 0x09 && b != 0x0A { return true }
                } else if b == 0x7F {
                    return true
                } else if b == 0xC2, i + 1 < n {
                    let next = bytes[i + 1]
                    if next <= 0x9F || next == 0xAD { return true }
                } else if b == 0xE2, i + 2 < n {
                    if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x8B { return true }
                    if bytes[i + 1] == 0x81 && bytes[i + 2] == 0xA0 { return true }
                } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// The byte loop's test on sixteen positions at once: `b0` the bytes, `b1` and `b2` the
    /// bytes one and two after each.
    @inline(__always)
    static func hasStrippable(_ b0: SIMD16<UInt8>, _ b1: SIMD16<UInt8>, _ b2: SIMD16<UInt8>) -> Bool {
        // Control bytes other than tab and newline, and DEL.
        var hit = (b0 .< 0x20) .& (b0 .!= 0x09) .& (b0 .!= 0x0A)
        hit .|= b0 .== 0x7F
        // C1 controls and the soft hyphen: C2 80-9F, C2 AD.
        hit .|= (b0 .== 0xC2) .& ((b1 .<= 0x9F) .| (b1 .== 0xAD))
        // U+200B and U+2060.
        hit .|= (b0 .== 0xE2) .& (((b1 .== 0x80) .& (b2 .== 0x8B)) .| ((b1 .== 0x81) .& (b2 .== 0xA0)))
        // U+FEFF.
        hit .|= (b0 .== 0xEF) .& (b1 .== 0xBB) .& (b2 .== 0xBF)
        return any(hit)
    }
}
