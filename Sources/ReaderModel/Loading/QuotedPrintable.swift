/// The quoted-printable transfer encoding (RFC 2045 6.7) that MHTML saves HTML parts in:
/// `=XX` is a byte in hex, `=` at a line's end a soft line break.
enum QuotedPrintable {
    /// The decoded bytes; an `=` followed by neither two hex digits nor a line end is an error
    /// naming its line (a part damaged in transit, or not quoted-printable at all).
    static func decode(_ bytes: ArraySlice<UInt8>) throws(ArchiveProblem) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        var line = 1
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "=") else { out.append(byte); i += 1; continue }
            // Soft line break, allowing the spaces some writers leave before it.
            var j = i + 1
            while j < bytes.endIndex, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            if j < bytes.endIndex, bytes[j] == 0x0D, j + 1 < bytes.endIndex, bytes[j + 1] == 0x0A { i = j + 2; line += 1; continue }
            if j < bytes.endIndex, bytes[j] == 0x0A { i = j + 1; line += 1; continue }
            if j == bytes.endIndex { i = j; continue }  // a soft break at the very end of the part
            guard i + 2 < bytes.endIndex, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) else {
                throw ArchiveProblem("invalid quoted-printable on line \(line) of the page")
            }
            out.append(high << 4 | low)
            i += 3
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
