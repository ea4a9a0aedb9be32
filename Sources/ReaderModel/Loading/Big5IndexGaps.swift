/// Seven Big5 codes WHATWG's index maps but glibc's BIG5-HKSCS (HKSCS-2008, which dropped them as
/// duplicates) rejects: among them the full-width slash of Taiwanese datelines ("記者林家豪／台南報導")
/// and backslash. iconv read each as U+FFFD and then paired the trail byte with the next lead,
/// garbling the characters after it; here the text is decoded in runs between these codes.
enum Big5IndexGaps {
    /// The characters WHATWG's index-big5 gives these two-byte codes (lead << 8 | trail).
    static let characters: [UInt16: Unicode.Scalar] = [
        0xA15A: "\u{2574}", 0xA1C3: "\u{FFE3}", 0xA1C5: "\u{02CD}", 0xA1FE: "\u{FF0F}",
        0xA240: "\u{FF3C}", 0xA2CC: "\u{5341}", 0xA2CE: "\u{5345}",
    ]

    /// Big5 bytes decoded through iconv (`iconvName`), with the seven codes put back; nil as iconv's
    /// own answer would be nil (an unknown encoding, or `strict` and a byte that does not convert).
    static func decode(_ body: ArraySlice<UInt8>, iconvName: String, strict: Bool) -> String? {
        var text = ""
        var runStart = body.startIndex
        var index = body.startIndex
        // Walks the code units as Big5 pairs them: a lead byte (0x81-0xFE) takes the next byte.
        while index < body.endIndex {
            let lead = body[index]
            guard lead >= 0x81, lead != 0xFF, index + 1 < body.endIndex else { index += 1; continue }
            if lead == 0xA1 || lead == 0xA2, let character = characters[UInt16(lead) << 8 | UInt16(body[index + 1])] {
                if runStart < index {
                    guard let run = IconvDecoder.decode(body[runStart..<index], from: iconvName, strict: strict) else { return nil }
                    text += run
                }
                text.unicodeScalars.append(character)
                runStart = index + 2
            }
            index += 2
        }
        if runStart == body.startIndex { return IconvDecoder.decode(body, from: iconvName, strict: strict) }
        if runStart < body.endIndex {
            guard let run = IconvDecoder.decode(body[runStart...], from: iconvName, strict: strict) else { return nil }
            text += run
        }
        return text
    }
}
