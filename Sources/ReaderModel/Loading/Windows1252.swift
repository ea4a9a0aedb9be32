/// Decodes Windows-1252, the fallback for bytes that are not UTF-8; every byte maps to a character.
enum Windows1252 {
    /// 0x80...0x9F; the five bytes Windows leaves undefined become U+FFFD rather than
    /// C1 control characters, which must never reach a terminal.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The character Windows-1252 has for a C1 control's code point (what HTML makes of the
    /// numeric reference `&#151;`: an em dash); nil for the five it leaves undefined.
    static func character(forC1 value: UInt32) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(value), high[Int(value - 0x80)] != 0xFFFD else { return nil }
        return Unicode.Scalar(high[Int(value - 0x80)])
    }

    /// The UTF-8 encoding of every byte's character, so decoding is a table lookup per byte.
    private static let utf8Table: [[UInt8]] = (0...255).map { byte in
        let value = (0x80...0x9F).contains(byte) ? high[byte - 0x80] : UInt32(byte)
        return Array(String(Unicode.Scalar(value)!).utf8)  // every table entry is a valid scalar
    }

    static func decode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 4)
        utf8Table.withUnsafeBufferPointer { table in
            for byte in bytes {
                if byte < 0x80 { utf8.append(byte) } else { utf8.append(contentsOf: table[Int(byte)]) }
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
