/// Recognises an undeclared legacy encoding (a text copy carries no `charset`) by the shape of
/// its bytes, not by word lists: CJK double-byte encodings pair every non-ASCII byte with a
/// trail byte in a fixed range, and their scripts fill distinct lead-byte rows (kana, hangul,
/// hanzi); Cyrillic single-byte text has whole words of high bytes, lower case in one half.
/// Latin text (isolated accented letters) is left to the Windows-1252 fallback.
enum LegacyEncodingGuess {
    /// How much of the file is looked at.
    static let sampleSize = 65_536

    static func guess<C: Collection>(_ bytes: C) -> TextEncoding? where C.Element == UInt8 {
        let sample = Array(bytes.prefix(sampleSize))
        var high = 0, runs = 0, upperHalf = 0, lowerLetters = 0, upperLetters = 0
        var inRun = false
        for byte in sample {
            if byte >= 0x80 {
                high += 1
                if !inRun { runs += 1; inRun = true }
                if byte >= 0xC0 { upperHalf += 1 }
                if byte >= 0xE0 { lowerLetters += 1 } else if byte >= 0xC0 { upperLetters += 1 }
            } else {
                inRun = false
            }
        }
        // Too little to judge, or accented letters one at a time: Latin text.
        guard high >= 8, high * 2 >= runs * 3 else { return nil }

        var pairs = 0, badTrail = 0, lowTrail = 0, kanaSJIS = 0, kanaEUC = 0, hangulRows = 0, upperRows = 0
        var index = 0
        while index < sample.count {
            let lead = sample[index]
            guard lead >= 0x81, index + 1 < sample.count else { index += 1; continue }
            let trail = sample[index + 1]
            pairs += 1
            if trail < 0x40 || trail == 0x7F || trail == 0xFF { badTrail += 1; index += 1; continue }
            if trail < 0xA1 { lowTrail += 1 }
            if lead == 0x82 || lead == 0x83 { kanaSJIS += 1 }
            if (lead == 0xA4 || lead == 0xA5) && trail >= 0xA1 { kanaEUC += 1 }
            if (0xB0...0xC8).contains(lead) { hangulRows += 1 } else if lead >= 0xC9 { upperRows += 1 }
            index += 2
        }
        if badTrail * 20 <= pairs {
            if kanaSJIS * 100 >= pairs * 15 { return .shiftJIS }   // hiragana and katakana rows
            if kanaEUC * 100 >= pairs * 15 { return .eucJP }
            if lowTrail * 10 >= pairs { return .big5 }             // GB and EUC trails are all >= A1
            // Hangul fills rows B0-C8; hanzi spread over B0-F7.
            if hangulRows > 0, upperRows * 100 < (hangulRows + upperRows) * 12 { return .eucKR }
            return .gb18030
        }
        // Single-byte Cyrillic: words of letters in C0-FF, lower case the more frequent half.
        if upperHalf * 10 >= high * 7, high >= runs * 3 {
            return lowerLetters >= upperLetters ? .windows1251 : .koi8R
        }
        return nil
    }
}
