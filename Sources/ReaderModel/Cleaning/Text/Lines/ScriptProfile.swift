/// How much of a line is written in scripts without spaces between words (Chinese, Japanese,
/// Thai, Lao, Khmer, Myanmar, Tibetan), so that length thresholds count word units rather than runs of
/// letters between spaces: a Chinese paragraph is one "word" to a space tokenizer.
struct ScriptProfile: Sendable, Equatable {
    /// Han ideographs and kana: about one word per 1.7 characters.
    var ideographic = 0
    /// Thai, Lao, Khmer, Myanmar and Tibetan letters, without their combining vowel signs and tone marks:
    /// about one English-sized word per 4 letters (a Thai word is shorter, so a teaser of 15 Thai
    /// words carries what 12 English ones do).
    var southeastAsian = 0
    /// Tokens that hold any of those letters (each counts once as a token today).
    var unspacedTokens = 0

    /// Words spelled with a letter outside ASCII (accented Latin, Cyrillic, Greek...), which
    /// English prose almost never has.
    var nonASCIIWords = 0

    /// Of eight words or more, at least one in four spelled outside ASCII: a Czech, Hungarian or
    /// Finnish line (nine in eighteen words of "Ve třech místnostech jsou vystaveny historické
    /// stříkačky..."), which English function-word density says nothing about even when the page
    /// shares a few of those words ("a", "i", "on") with English. An English line naming a
    /// person or two stays below.
    func isSpelledOutsideASCII(words: Int) -> Bool { words >= 8 && nonASCIIWords * 4 >= words }

    /// The line has letters of a script without spaces between words.
    var isUnspaced: Bool { unspacedTokens > 0 }

    /// Word units the unspaced tokens stand for, never fewer than the tokens themselves.
    var wordUnits: Int {
        max(unspacedTokens, (ideographic * 3 + 4) / 5 + (southeastAsian + 3) / 4)
    }

    /// Words a line without closing punctuation needs to read as prose. Chinese and Japanese
    /// paragraphs end with 。 almost always, so an unpunctuated line there is a headline or teaser
    /// unless it is very long; Thai has no sentence punctuation at all, so its paragraphs are
    /// unpunctuated lines and need no more than the 20 word units of an English sentence or two.
    var unpunctuatedProseWords: Int { ideographic > 0 ? 50 : southeastAsian > 0 ? 20 : 25 }

    /// Words a sentence needs to read as a paragraph on its own. Without function words to tell
    /// a slogan ("限定！") from prose, a CJK sentence must be somewhat longer (about 20 characters).
    var sentenceProseWords: Int { ideographic > 0 ? 12 : 8 }

    /// The word count of a line with `tokens` tokens, counting unspaced runs by their letters.
    func wordCount(tokens: Int) -> Int {
        isUnspaced ? tokens - unspacedTokens + wordUnits : tokens
    }

    /// The kind of letter a UTF-8 sequence starting with `lead`, `second`, `third` encodes, for the
    /// scripts without spaces; `nil` for everything else.
    @inline(__always)
    static func unspacedKind(lead: UInt8, second: UInt8, third: UInt8) -> UnspacedKind? {
        switch lead {
        case 0xE4...0xE9: return .ideographic  // U+4000-9FFF: CJK ideographs
        case 0xE3: return second >= 0x81 && second <= 0x83 || second >= 0x90 ? .ideographic : nil  // kana, ext. A
        // Thai, Lao and Tibetan (U+0F00-0FFF, E0 BC-BF): Tibetan writes no space between words,
        // only after a shad; its syllables, parted by a tsheg, are the tokens.
        case 0xE0: return second >= 0xB8 ? .southeastAsian : nil
        // Myanmar U+1000-109F and Khmer; U+10A0-10BF after them (E1 82 A0-BF) are Georgian capitals,
        // which a spaced word holds.
        case 0xE1: return second <= 0x81 || second == 0x82 && third < 0xA0 || second == 0x9E || second == 0x9F
            ? .southeastAsian : nil
        default: return nil
        }
    }

    enum UnspacedKind { case ideographic, southeastAsian }

    /// A combining vowel sign, tone mark or virama of Thai, Lao, Myanmar or Khmer (the three UTF-8
    /// bytes of a `.southeastAsian` letter): it sits on a letter and adds no length of its own.
    @inline(__always)
    static func isSoutheastAsianMark(lead: UInt8, second: UInt8, third: UInt8) -> Bool {
        switch (lead, second) {
        // Thai U+0E31 U+0E34-0E3A and Lao U+0EB1 U+0EB4-0EBC (above/below vowels, Thai phinthu).
        case (0xE0, 0xB8), (0xE0, 0xBA): return third == 0xB1 || (third >= 0xB4 && third <= 0xBC)
        // Thai U+0E47-0E4E and Lao U+0EC8-0ECD: maitaikhu, tone marks, thanthakhat.
        case (0xE0, 0xB9), (0xE0, 0xBB): return third >= 0x87 && third <= 0x8E
        case (0xE1, 0x80): return third >= 0xAB && third <= 0xBE  // Myanmar U+102B-103E
        case (0xE1, 0x81): return third >= 0x96 && third <= 0x99  // Myanmar U+1056-1059
        // Tibetan: the tsheg, signs and digits (U+0F00-0F3F), vowel signs (U+0F71-0F87) and the
        // subjoined letters of a stack (U+0F8D-0FBC) add no length; its letters are U+0F40-0F6C.
        case (0xE0, 0xBC), (0xE0, 0xBE), (0xE0, 0xBF): return true
        case (0xE0, 0xBD): return third >= 0xB1
        case (0xE1, 0x9E): return third >= 0xB4  // Khmer U+17B4-17BF
        case (0xE1, 0x9F): return third <= 0x93 || third == 0x9D  // Khmer U+17C0-17D3, U+17DD
        default: return false
        }
    }

    /// Tibetan punctuation, the third UTF-8 byte after `E0 BC`: the tsheg (U+0F0B-0F0C) between
    /// syllables, the shad and its variants (U+0F0D-0F12) and the marks before them (U+0F04-0F0A),
    /// the gter tsheg (U+0F14) and the brackets (U+0F3A-0F3D). A syllable is read as a word, as
    /// Vietnamese writes its syllables apart: Tibetan particles ("ཀྱི", "ལ", "དང") are syllables
    /// of their own, so a line has about as many syllables as its English has words, and a label of
    /// several syllables ("འདི་ཡང་ཀློག་རོགས") is a phrase inside a run.
    @inline(__always)
    static func isTibetanPunctuation(third: UInt8) -> Bool {
        third >= 0x84 && third <= 0x94 || third >= 0xBA && third <= 0xBD
    }

    /// Punctuation inside the letter blocks of Myanmar (၊ ။), Khmer (។ ៕ ៖ ៘ ៙ ៚) and Ethiopic
    /// (፡ ። ፣ ፤ ፥ ፦ ፧ ፨), the second and third UTF-8 bytes after `E1`: a word separator, so
    /// "អានបន្ថែម៖" and "ተዛማጅ፦" are the label and then the headline.
    @inline(__always)
    static func isOwnPunctuation(second: UInt8, third: UInt8) -> Bool {
        switch second {
        case 0x81: return third == 0x8A || third == 0x8B  // U+104A-104B
        case 0x9F: return third >= 0x94 && third <= 0x9A && third != 0x97  // U+17D4-17DA but ៗ
        case 0x8D: return third >= 0xA1 && third <= 0xA8  // U+1361-1368
        default: return false
        }
    }

    /// Sentence-closing punctuation of scripts without spaces (。！？ and the ideographic full stop
    /// in half width) and of the scripts with a full stop of their own (Arabic, Devanagari,
    /// Myanmar, Khmer, Ethiopic, Tibetan, Ol Chiki, Meetei Mayek), which `.`/`!`/`?` tests miss.
    @inline(__always)
    static func isUnspacedSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0xFF61: return true  // 。！？．｡
        case 0x061F, 0x06D4, 0x0964, 0x0965: return true  // Arabic ؟ ۔, Devanagari । ॥
        // Myanmar ။, Khmer ។ ៕ and Ethiopic ። ፧: these scripts close a sentence with no full stop.
        case 0x104B, 0x17D4, 0x17D5, 0x1362, 0x1367: return true
        // The Tibetan shad and nyis shad close a clause or sentence, as Ol Chiki's mucaad and
        // double mucaad ᱾ ᱿ close a Santali one.
        case 0x0F0D, 0x0F0E, 0x1C7E, 0x1C7F: return true
        // Meetei Mayek's cheikhei ꯫ closes a Manipuri sentence.
        case 0xABEB: return true
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
