/// A block's length in the units byte limits were tuned on (English text, one byte a letter):
/// letters of two-byte scripts (Cyrillic, Greek, Arabic, Persian, Hebrew, Armenian) count once,
/// and so do the three-byte letters and marks of the alphabetic scripts of India and Southeast
/// Asia (Devanagari, Bengali, Tamil, Thai, Lao, Tibetan: U+0900-0FFF; Myanmar, Georgian, Khmer), Ol Chiki,
/// Tifinagh (U+2D30-2D7F, an alphabet like Latin), Meetei Mayek and Adlam (four bytes a letter), so a
/// Russian, Hindi or Thai label is judged by the same limit as its English equivalent; an
/// Ethiopic syllable or a Canadian syllabic (Inuktitut, Cree) counts twice. CJK ideographs and Hangul syllables keep
/// their three bytes: one carries about as much as a short English word.
enum ScriptNeutralLength {
    /// The length of `text`, whose UTF-8 length is `bytes`; cheap when the answer is below `limit`.
    static func of(_ text: String, bytes: Int, limit: Int) -> Int {
        guard bytes >= limit else { return bytes }
        var saved = 0
        // The lead byte before `b` (or the byte before it), which says what a continuation byte continues.
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b >= 0xC2 && b <= 0xDF {
                saved += 1
            } else if previous != 0 {
                switch previous {
                case 0xE0:
                    if b >= 0xA4 { saved += 2 }
                case 0xE1:
                    // Myanmar and Georgian (U+1000-10FF), Khmer (U+1780-17FF), Ol Chiki (U+1C40-1C7F,
                    // Santali) letters count once;
                    // an Ethiopic syllable (U+1200-137F) or a Canadian syllabic (U+1400-167F), a consonant
                    // and its vowel, twice.
                    if b <= 0x83 || b == 0x9E || b == 0x9F || b == 0xB1 {
                        saved += 2
                    } else if b >= 0x88 && b <= 0x8D || b >= 0x90 && b <= 0x99 {
                        saved += 1
                    }
                case 0xE2:
                    // Georgian's old letters and Tifinagh (U+2D00-2D7F) count once.
                    if b &- 0xB4 < 2 { saved += 2 }
                case 0xEA:
                    // Meetei Mayek (U+ABC0-ABFF, Manipuri) letters and signs count once.
                    if b == 0xAF { saved += 2 }
                case 0x9E:
                    // After F0: Adlam (U+1E900-1E95F, Fulfulde) and the other alphabets of U+1E000-1EFFF,
                    // four bytes a letter, count once.
                    saved += 3
                default: break
                }
            }
            previous = previous == 0xF0 ? b : b >= 0xC0 ? b : 0
        }
        return bytes - saved
    }
}
