/// A text's letters and digits, lower-cased: how a block is matched against the page title,
/// whatever its spacing and punctuation.
enum TitleLetters {
    static func of(_ text: String) -> String {
        // Most blocks are ASCII: byte tests give the same letters as the Unicode properties.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if byte >= 65 && byte <= 90 { bytes.append(byte + 32) }
                else if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) { bytes.append(byte) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
