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
        // Scalar by scalar: `lowercased()` is each scalar's lowercase mapping back to back, so
        // mapping only the scalars that change (the ASCII ones by byte tests) gives the same
        // letters without a lower-cased copy of the whole text first.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte >= 65 && byte <= 90 { bytes.append(byte + 32) }
                else if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) { bytes.append(byte) }
            } else if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars where isLetterOrDigit(lower) {
                    UTF8.encode(lower) { bytes.append($0) }
                }
            } else if isLetterOrDigit(scalar) {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether `letters` occurs in `title` (both made by `of`), as `String.contains` says. Two ASCII
    /// strings are compared byte by byte: Foundation's search cost 1.3% of a folder of HTML pages
    /// for headings matched against the page title, and on ASCII letters and digits it can only
    /// find the same bytes.
    static func contains(_ title: String, _ letters: String) -> Bool {
        let found = title.utf8.withContiguousStorageIfAvailable { haystack in
            letters.utf8.withContiguousStorageIfAvailable { needle in
                !needle.isEmpty && isASCII(haystack) && isASCII(needle) ? containsBytes(haystack, needle) : nil
            } ?? nil
        } ?? nil
        return found ?? title.contains(letters)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    private static func containsBytes(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var k = 1
            while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}
