/// How much of a line is written in scripts without spaces between words (Chinese, Japanese,
/// Thai, Lao, Khmer, Myanmar), so that length thresholds count word units rather than runs of
/// letters between spaces: a Chinese paragraph is one "word" to a space tokenizer.
struct ScriptProfile: Sendable, Equatable {
    /// Han ideographs and kana: about one word per 1.7 characters.
    var ideographic = 0
    /// Thai, Lao, Khmer and Myanmar letters and marks: about one word per 4 code points.
    var southeastAsian = 0
    /// Tokens that hold any of those letters (each counts once as a token today).
    var unspacedTokens = 0

    /// The line has letters of a script without spaces between words.
    var isUnspaced: Bool { unspacedTokens > 0 }

    /// Word units the unspaced tokens stand for, never fewer than the tokens themselves.
    var wordUnits: Int {
        max(unspacedTokens, (ideographic * 3 + 4) / 5 + (southeastAsian + 3) / 4)
    }

    /// Words a line without closing punctuation needs to read as prose. Chinese and Japanese
    /// paragraphs end with 。 almost always, so an unpunctuated line there is a headline or teaser
    /// unless it is very long; Thai has no sentence punctuation at all.
    var unpunctuatedProseWords: Int { ideographic > 0 ? 50 : 25 }

    /// Words a sentence needs to read as a paragraph on its own. Without function words to tell
    /// a slogan ("限定！") from prose, a CJK sentence must be somewhat longer (about 20 characters).
    var sentenceProseWords: Int { ideographic > 0 ? 12 : 8 }

    /// The word count of a line with `tokens` tokens, counting unspaced runs by their letters.
    func wordCount(tokens: Int) -> Int {
        isUnspaced ? tokens - unspacedTokens + wordUnits : tokens
    }

    /// The kind of letter a UTF-8 sequence starting with `lead`, `second` encodes, for the
    /// scripts without spaces; `nil` for everything else.
    @inline(__always)
    static func unspacedKind(lead: UInt8, second: UInt8) -> UnspacedKind? {
        switch lead {
        case 0xE4...0xE9: return .ideographic  // U+4000-9FFF: CJK ideographs
        case 0xE3: return second >= 0x81 && second <= 0x83 || second >= 0x90 ? .ideographic : nil  // kana, ext. A
        case 0xE0: return second >= 0xB8 && second <= 0xBB ? .southeastAsian : nil  // Thai, Lao
        case 0xE1: return second <= 0x82 || second == 0x9E || second == 0x9F ? .southeastAsian : nil  // Myanmar, Khmer
        default: return nil
        }
    }

    enum UnspacedKind { case ideographic, southeastAsian }

    /// Sentence-closing punctuation of scripts without spaces (。！？ and the ideographic full stop
    /// in half width), which `.`/`!`/`?` tests miss.
    @inline(__always)
    static func isUnspacedSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0xFF61: return true  // 。！？．｡
        case 0x061F, 0x06D4, 0x0964, 0x0965: return true  // Arabic ؟ ۔, Devanagari । ॥
        default: return false
        }
    }

    /// Ends in a truncation mark ("..." or a single "…"), as cut-off teaser headlines do; CJK prose
    /// writes its ellipsis as "……" and closes sentences with 。.
    static func endsInTruncation(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return false }
        let before = scalars.dropLast().last
        if last == "." { return before == "." }
        if last == "…" { return before != "…" }
        return false
    }

    /// Closing quotes and brackets of CJK text that may follow the sentence's end (「…。」).
    @inline(__always)
    static func isUnspacedClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x300D, 0x300F, 0x3011, 0xFF09, 0x3009, 0x300B: return true  // 」』】）〉》
        default: return false
        }
    }
}
