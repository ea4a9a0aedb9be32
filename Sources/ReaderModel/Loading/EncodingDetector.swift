/// Works out how a file's bytes are encoded: byte-order marks, BOM-less UTF-16,
/// an HTML `charset` declaration, and whether the bytes are (mostly) UTF-8.
enum EncodingDetector {
    /// How far into an HTML file a `charset` declaration is looked for (browsers use 1024;
    /// saved pages often carry a long comment or script first).
    static let charsetScanLimit = 4096

    /// The encoding announced by a byte-order mark, and the mark's length.
    static func byteOrderMark<C: Collection>(_ bytes: C) -> (encoding: TextEncoding, length: Int)? where C.Element == UInt8 {
        let head = Array(bytes.prefix(4))
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return (.utf8, 3) }
        // UTF-32's marks first: FF FE 00 00 would otherwise read as UTF-16's FF FE.
        if head == [0xFF, 0xFE, 0x00, 0x00] { return (.utf32LittleEndian, 4) }
        if head == [0x00, 0x00, 0xFE, 0xFF] { return (.utf32BigEndian, 4) }
        if head.count >= 2, head[0] == 0xFF, head[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if head.count >= 2, head[0] == 0xFE, head[1] == 0xFF { return (.utf16BigEndian, 2) }
        return nil
    }

    /// UTF-16 without a mark shows as ASCII with a zero byte in every other position (or, for text
    /// mostly in other scripts, as `UnmarkedNonLatinUTF16` describes).
    static func utf16WithoutMark(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 16, sample.count % 2 == 0 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample.count / 2
        if zeroOdd * 10 >= pairs * 7, zeroEven * 20 < pairs { return .utf16LittleEndian }
        if zeroEven * 10 >= pairs * 7, zeroOdd * 20 < pairs { return .utf16BigEndian }
        // UTF-8 never holds a zero byte: the usual page stops here.
        guard zeroEven + zeroOdd > 0 else { return nil }
        return UnmarkedNonLatinUTF16.encoding(sample, zeroEven: zeroEven, zeroOdd: zeroOdd)
    }

    /// UTF-32 without a mark: every four bytes one scalar, so (for text that is mostly below
    /// U+10000) the two high bytes of each unit are zero, and no unit exceeds U+10FFFF.
    static func utf32WithoutMark(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 16, sample.count % 4 == 0 else { return nil }
        func matches(littleEndian: Bool) -> Bool {
            var units = 0, zeroHigh = 0
            var index = sample.startIndex
            while index < sample.endIndex {
                let b = (sample[index], sample[index + 1], sample[index + 2], sample[index + 3])
                let (high, plane, low) = littleEndian ? (b.3, b.2, b.0 | b.1) : (b.0, b.1, b.3 | b.2)
                guard high == 0, plane <= 0x10 else { return false }
                if plane == 0 && low != 0 { zeroHigh += 1 }
                units += 1
                index += 4
            }
            return zeroHigh * 10 >= units * 9
        }
        if matches(littleEndian: true) { return .utf32LittleEndian }
        if matches(littleEndian: false) { return .utf32BigEndian }
        return nil
    }

    /// The encoding named by `<meta charset=...>` or `<meta http-equiv=... content="...; charset=...">`
    /// near the start of an HTML file.
    static func declaredCharset(_ bytes: [UInt8]) -> TextEncoding? {
        let head = bytes.prefix(charsetScanLimit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let needle = Array("charset".utf8)
        var index = 0
        while index + needle.count < head.count {
            guard head[index] == needle[0], Array(head[index..<index + needle.count]) == needle else { index += 1; continue }
            var cursor = index + needle.count
            while cursor < head.count, head[cursor] == 0x20 { cursor += 1 }
            guard cursor < head.count, head[cursor] == UInt8(ascii: "=") else { index = cursor; continue }
            cursor += 1
            while cursor < head.count, head[cursor] == 0x20 || head[cursor] == 0x22 || head[cursor] == 0x27 { cursor += 1 }
            var label: [UInt8] = []
            while cursor < head.count, !" \"';>/\t\r\n".utf8.contains(head[cursor]) {
                label.append(head[cursor])
                cursor += 1
            }
            if let encoding = TextEncoding(label: String(decoding: label, as: UTF8.self)) { return encoding }
            index = cursor
        }
        return nil
    }
}
