/// Letter variants `WordTokenizer` folds beyond ASCII, Latin-1 and Cyrillic case, so a label
/// matches however a page writes it: the capitals of Latin Extended-A and -B (Polish, Czech,
/// Turkish, Romanian, Baltic, Vietnamese ơ ư: "UDOSTĘPNIJ", "İlgili"), the Vietnamese capitals of
/// Latin Extended Additional ("BÌNH LUẬN"), Armenian capitals, Greek capitals, tonos and final sigma (an all-caps
/// Greek label drops its accents: "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" is "Διαβάστε επίσης"), the Ukrainian Ґ, and the
/// Arabic marks, hamza seats and Persian/Arabic letter twins that spellings of one word differ by
/// ("اقرأ أيضاً" and "اقرا ايضا", Arabic ي ك and Persian ی ک), and the Hebrew vowel points Yiddish
/// spells with ("לייענט אויך" with or without them).
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

    /// Whether a two-byte letter with this lead byte may fold (a cheap test before `fold`):
    /// Latin Extended-A/B, Greek, Cyrillic Extended (Ґ), Armenian and Arabic. Latin-1 and basic Cyrillic
    /// are folded by the tokenizer itself.
    @inline(__always)
    static func mayFold(lead: UInt8) -> Bool {
        switch lead {
        case 0xC4, 0xC5, 0xC6, 0xC8, 0xCE, 0xCF, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9: return true
        default: return false
        }
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
            return lowered(scalar + 1)
        case 0xC6:
            // Vietnamese Ơ Ư (U+01A0, U+01AF).
            if second == 0xA0 { return .letter(0xC6, 0xA1, upper: true) }
            if second == 0xAF { return .letter(0xC6, 0xB0, upper: true) }
            return .keep
        case 0xC8:
            // Romanian Ș Ț (comma below, U+0218, U+021A) and their cedilla twins Ş Ţ read alike:
            // fold both spellings to the cedilla letters of Latin Extended-A.
            switch second {
            case 0x98: return .letter(0xC5, 0x9F, upper: true)  // Ș -> ş
            case 0x99: return .letter(0xC5, 0x9F, upper: false)  // ș -> ş
            case 0x9A: return .letter(0xC5, 0xA3, upper: true)  // Ț -> ţ
            case 0x9B: return .letter(0xC5, 0xA3, upper: false)  // ț -> ţ
            default: return .keep
            }
        case 0xCE, 0xCF:
            return greek((UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F))
        case 0xD2, 0xD3:
            // Cyrillic Extended capitals are the even letters of their pairs (Ґ U+0490 -> ґ).
            let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
            guard scalar & 1 == 0, (0x48A...0x4BF).contains(scalar) || scalar >= 0x4D0 else { return .keep }
            return lowered(scalar + 1)
        case 0xD4, 0xD5:
            // Armenian capitals U+0531-0556 and their lowercase 0x30 on: "Կիսվել" starts a word capitalised.
            let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
            guard scalar >= 0x531, scalar <= 0x556 else { return .keep }
            return lowered(scalar + 0x30)
        case 0xD6:
            // Hebrew points (U+05B0-05BD, rafe U+05BF): Yiddish writes its vowels with them ("אַ", "פֿ")
            // where other Yiddish and Hebrew pages write the bare letters; the word is the same.
            return second >= 0xB0 && second <= 0xBD || second == 0xBF ? .skip : .keep
        case 0xD7:
            // Shin and sin dots, upper and lower dots, qamats qatan (U+05C1, 05C2, 05C4, 05C5, 05C7).
            return second == 0x81 || second == 0x82 || second == 0x84 || second == 0x85 || second == 0x87 ? .skip : .keep
        case 0xD8:
            // أ إ آ (hamza and madda seats) read as the bare alef ا.
            return second == 0xA2 || second == 0xA3 || second == 0xA5 ? .letter(0xD8, 0xA7, upper: false) : .keep
        case 0xD9:
            // Tatweel and the harakat (U+0640, U+064B-065F) are not letters of the word; Arabic
            // kaf, yeh and alef maksura read as the Persian ک and ی that many pages mix them with.
            switch second {
            case 0x80, 0x8B...0x9F: return .skip
            case 0x83: return .letter(0xDA, 0xA9, upper: false)  // ك -> ک
            case 0x89, 0x8A: return .letter(0xDB, 0x8C, upper: false)  // ى ي -> ی
            default: return .keep
            }
        default:
            return .keep
        }
    }

    /// Greek: capitals to lowercase, the tonos and dialytika dropped, final sigma as σ.
    @inline(__always)
    private static func greek(_ scalar: UInt32) -> Fold {
        let lower: UInt32
        var upper = false
        switch scalar {
        case 0x386: lower = 0x3B1; upper = true  // Ά
        case 0x388: lower = 0x3B5; upper = true  // Έ
        case 0x389: lower = 0x3B7; upper = true  // Ή
        case 0x38A: lower = 0x3B9; upper = true  // Ί
        case 0x38C: lower = 0x3BF; upper = true  // Ό
        case 0x38E: lower = 0x3C5; upper = true  // Ύ
        case 0x38F: lower = 0x3C9; upper = true  // Ώ
        case 0x390: lower = 0x3B9  // ΐ
        case 0x391...0x3A9: lower = scalar + 0x20; upper = true
        case 0x3AA: lower = 0x3B9; upper = true  // Ϊ
        case 0x3AB: lower = 0x3C5; upper = true  // Ϋ
        case 0x3AC: lower = 0x3B1  // ά
        case 0x3AD: lower = 0x3B5  // έ
        case 0x3AE: lower = 0x3B7  // ή
        case 0x3AF: lower = 0x3B9  // ί
        case 0x3B0: lower = 0x3C5  // ΰ
        case 0x3C2: lower = 0x3C3  // ς
        case 0x3CA: lower = 0x3B9  // ϊ
        case 0x3CB: lower = 0x3C5  // ϋ
        case 0x3CC: lower = 0x3BF  // ό
        case 0x3CD: lower = 0x3C5  // ύ
        case 0x3CE: lower = 0x3C9  // ώ
        default: return .keep
        }
        guard case let .letter(lead, trail, _) = lowered(lower) else { return .keep }
        return .letter(lead, trail, upper: upper)
    }

    /// The two UTF-8 bytes of a scalar below U+0800.
    @inline(__always)
    private static func lowered(_ scalar: UInt32) -> Fold {
        .letter(UInt8(0xC0 | (scalar >> 6)), UInt8(0x80 | (scalar & 0x3F)), upper: true)
    }

    /// The last byte of the lowercase twin of a Latin Extended Additional capital (E1 B8-BB xx,
    /// Vietnamese "Ậ" U+1EAC -> "ậ"), nil when the letter is not such a capital. Capitals are the
    /// even letters of U+1E00-1E95 and U+1EA0-1EFF, and a pair never straddles a 64-letter row.
    @inline(__always)
    static func latinAdditionalLower(second: UInt8, third: UInt8) -> UInt8? {
        guard second >= 0xB8, second <= 0xBB, third & 1 == 0 else { return nil }
        let scalar = 0x1E00 + (UInt32(second - 0xB8) << 6) + UInt32(third & 0x3F)
        return scalar <= 0x1E95 || scalar >= 0x1EA0 ? third + 1 : nil
    }

    /// What a Devanagari letter (E0 A4-A5 xx) folds to.
    enum DevanagariFold: Equatable {
        case keep
        /// The nukta sign: "ख़बर" and "खबर" are one word as pages spell it.
        case skip
        /// The danda and double danda close a sentence as "." does.
        case separator
        /// The base letter (second and third byte) of a precomposed nukta letter (U+0958-095F).
        case letter(UInt8, UInt8)
    }

    @inline(__always)
    static func devanagari(second: UInt8, third: UInt8) -> DevanagariFold {
        if second == 0xA4 { return third == 0xBC ? .skip : .keep }
        switch third {
        case 0x98: return .letter(0xA4, 0x95)  // क़ -> क
        case 0x99: return .letter(0xA4, 0x96)  // ख़ -> ख
        case 0x9A: return .letter(0xA4, 0x97)  // ग़ -> ग
        case 0x9B: return .letter(0xA4, 0x9C)  // ज़ -> ज
        case 0x9C: return .letter(0xA4, 0xA1)  // ड़ -> ड
        case 0x9D: return .letter(0xA4, 0xA2)  // ढ़ -> ढ
        case 0x9E: return .letter(0xA4, 0xAB)  // फ़ -> फ
        case 0x9F: return .letter(0xA4, 0xAF)  // य़ -> य
        case 0xA4, 0xA5: return .separator  // । ॥
        default: return .keep
        }
    }
}
