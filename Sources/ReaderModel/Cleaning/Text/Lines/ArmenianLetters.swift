/// Armenian punctuation inside its letters' block, which the tokenizer reads as separators: the
/// full stop ։ (U+0589), the comma ՝, the emphasis, question and exclamation marks ՛ ՞ ՜ written
/// over a word, and the hyphen ֊. Left as letters, "տանձենի։" and "նաև՝" would be words that
/// match no label and count no sentence's end.
enum ArmenianLetters {
    /// The two UTF-8 bytes (lead `D5` or `D6`) encode Armenian punctuation: U+055A-055F, U+0589-058A.
    @inline(__always)
    static func isPunctuation(lead: UInt8, second: UInt8) -> Bool {
        lead == 0xD5 ? second >= 0x9A && second <= 0x9F : second == 0x89 || second == 0x8A
    }
}
