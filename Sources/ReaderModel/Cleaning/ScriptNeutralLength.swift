/// A block's length in the units byte limits were tuned on (English text, one byte a letter):
/// letters of two-byte scripts (Cyrillic, Greek, Arabic, Hebrew, Armenian) count once, so a
/// Russian or Arabic label is judged by the same limit as its English equivalent. Three-byte
/// scripts (CJK) keep their bytes: an ideograph carries about as much as a short English word.
enum ScriptNeutralLength {
    /// The length of `text`, whose UTF-8 length is `bytes`; cheap when the answer is below `limit`.
    static func of(_ text: String, bytes: Int, limit: Int) -> Int {
        guard bytes >= limit else { return bytes }
        var twoByteLetters = 0
        for b in text.utf8 where b >= 0xC2 && b <= 0xDF { twoByteLetters += 1 }
        return bytes - twoByteLetters
    }
}
