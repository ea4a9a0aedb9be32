/// Counts of well-formed and broken UTF-8 sequences in a buffer, used to tell UTF-8 with a few
/// bad bytes (repair it) from a legacy single-byte encoding (decode it as Windows-1252).
struct UTF8Survey: Sendable, Equatable {
    /// Well-formed sequences of two to four bytes.
    var multibyte = 0
    /// Bytes that start no well-formed sequence.
    var invalid = 0

    init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var pending: UInt8? = nil
        while let lead = pending ?? iterator.next() {
            pending = nil
            if lead < 0x80 { continue }
            let (length, lowerSecond, upperSecond): (Int, UInt8, UInt8)
            switch lead {
            case 0xC2...0xDF: (length, lowerSecond, upperSecond) = (2, 0x80, 0xBF)
            case 0xE0: (length, lowerSecond, upperSecond) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, lowerSecond, upperSecond) = (3, 0x80, 0xBF)
            case 0xED: (length, lowerSecond, upperSecond) = (3, 0x80, 0x9F)
            case 0xF0: (length, lowerSecond, upperSecond) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, lowerSecond, upperSecond) = (4, 0x80, 0xBF)
            case 0xF4: (length, lowerSecond, upperSecond) = (4, 0x80, 0x8F)
            default: invalid += 1; continue
            }
            var ok = true
            for position in 1..<length {
                guard let next = iterator.next() else { ok = false; break }
                let lower: UInt8 = position == 1 ? lowerSecond : 0x80
                let upper: UInt8 = position == 1 ? upperSecond : 0xBF
                if next < lower || next > upper {
                    ok = false
                    pending = next  // may itself start a sequence
                    break
                }
            }
            if ok { multibyte += 1 } else { invalid += 1 }
        }
    }

    /// Mostly UTF-8: far more good multi-byte sequences than bad bytes. Windows-1252 text
    /// almost never forms valid sequences, so its accented letters all count as invalid.
    var isMostlyUTF8: Bool { invalid == 0 || multibyte >= 4 * invalid }

    /// Not mostly UTF-8, but with well-formed sequences at least a quarter as many as the bad
    /// bytes: in Windows-1252 text an accented capital or "ß" followed by a symbol or a curly
    /// quote forms one only by chance, a few in a page of hundreds of accented letters.
    var holdsUTF8BesideLegacyBytes: Bool { multibyte >= 2 && 4 * multibyte >= invalid }
}
