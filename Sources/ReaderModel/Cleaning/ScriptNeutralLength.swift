/// A block's length in the units byte limits were tuned on (English text, one byte a letter):
/// letters of two-byte scripts (Cyrillic, Greek, Arabic, Persian, Hebrew, Armenian) count once,
/// and so do the three-byte letters and marks of the alphabetic scripts of India and Southeast
/// Asia (Devanagari, Bengali, Tamil, Thai, Lao: U+0900-0EFF), so a Russian, Hindi or Thai label is
/// judged by the same limit as its English equivalent. CJK ideographs and Hangul syllables keep
/// their three bytes: one carries about as much as a short English word.
enum ScriptNeutralLength {
    /// The length of `text`, whose UTF-8 length is `bytes`; cheap when the answer is below `limit`.
    static func of(_ text: String, bytes: Int, limit: Int) -> Int {
        guard bytes >= limit else { return bytes }
        var saved = 0
        var afterE0 = false
        for b in text.utf8 {
            if b >= 0xC2 && b <= 0xDF {
                saved += 1
            } else if afterE0 && b >= 0xA4 && b <= 0xBB {
                saved += 2
            }
            afterE0 = b == 0xE0
        }
        return bytes - saved
    }
}
