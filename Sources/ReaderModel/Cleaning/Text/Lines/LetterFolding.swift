/// Letter variants `WordTokenizer` folds beyond ASCII, Latin-1 and Cyrillic case, so a label
/// matches however a page writes it: the capitals of Latin Extended-A (Polish, Czech, Turkish,
/// Baltic: "UDOSTĘPNIJ", "İlgili"), and the Arabic marks and hamza seats that spellings of one
/// word differ by ("اقرأ أيضاً" and "اقرا ايضا").
enum LetterFolding {
    /// What a two-byte letter with these UTF-8 bytes folds to.
    enum Fold: Equatable {
        /// Left as written.
        case keep
        /// A lowercase letter of the same byte length (`upper` when it was a capital).
        case letter(UInt8, UInt8, upper: Bool)
        /// The ASCII letter (Turkish dotted capital İ reads as i).
        case ascii(UInt8)
        /// A mark that is not part of the word's spelling (Arabic vowel signs, tatweel).
        case skip
    }

    @inline(__always)
    static func fold(lead: UInt8, second: UInt8) -> Fold {
        switch lead {
        case 0xC4, 0xC5:
            let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
            if scalar == 0x130 { return .ascii(0x69) }
            let isUpper: Bool
            switch scalar {
            case 0x100...0x137, 0x14A...0x177: isUpper = scalar & 1 == 0
            case 0x139...0x148, 0x179...0x17E: isUpper = scalar & 1 == 1
            default: isUpper = false
            }
            guard isUpper else { return .keep }
            let lower = scalar + 1
            return .letter(UInt8(0xC0 | (lower >> 6)), UInt8(0x80 | (lower & 0x3F)), upper: true)
        case 0xD8:
            // أ إ آ (hamza and madda seats) read as the bare alef ا.
            return second == 0xA2 || second == 0xA3 || second == 0xA5 ? .letter(0xD8, 0xA7, upper: false) : .keep
        case 0xD9:
            // Tatweel and the harakat (U+0640, U+064B-065F) are not letters of the word.
            return second == 0x80 || (second >= 0x8B && second <= 0x9F) ? .skip : .keep
        default:
            return .keep
        }
    }
}
