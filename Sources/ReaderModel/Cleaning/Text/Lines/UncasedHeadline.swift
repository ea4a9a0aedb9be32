/// A story's title in a script written with spaces but without capitals (Korean, Arabic, Hebrew,
/// Devanagari, Bengali, Tamil, Georgian): the capitals test of a headline sees none of its words
/// as capitalised, so its shape is read as for scripts without spaces (`UnspacedHeadline`): a
/// headline's length in words, mostly of such a script, not closing on a full stop.
enum UncasedHeadline {
    /// The word range of a cased headline (`TeaserListDetector`): these scripts space their words.
    static let words = 3...16

    /// The line is headline-shaped in a spaced script without capitals.
    @inline(__always)
    static func holds(_ line: TextLine) -> Bool {
        // Cheap tests first: a line of a Latin page has few words spelled outside ASCII.
        guard words.contains(line.wordCount), isMostlyUncased(line) else { return false }
        return !UnspacedHeadline.closesOnFullStop(line.text)
    }

    /// At least half the line's words start with a letter of a spaced script without capitals. The
    /// word strings are read only when half the words are spelled outside ASCII and the line is
    /// neither of a script without spaces nor capitalised.
    @inline(__always)
    static func isMostlyUncased(_ line: TextLine) -> Bool {
        let count = line.wordCount
        guard count > 0, !line.script.isUnspaced, line.script.nonASCIIWords * 2 >= count,
              line.capitalizedCount * 5 < count * 3 else { return false }
        var uncased = 0
        for word in line.words where startsUncasedLetter(word) { uncased += 1 }
        return uncased * 2 >= count
    }

    /// The word's first letter belongs to Hangul, Arabic, Hebrew, Devanagari, Bengali, Tamil or
    /// Georgian (Mkhedruli), read from its first two UTF-8 bytes.
    @inline(__always)
    static func startsUncasedLetter(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let lead = bytes.next(), lead >= 0xD6, let second = bytes.next() else { return false }
        switch lead {
        case 0xD6: return second >= 0x90  // Hebrew U+0590-05BF
        case 0xD7, 0xD8, 0xD9, 0xDA, 0xDB: return true  // Hebrew U+05C0-05FF, Arabic U+0600-06FF
        case 0xE0: return second >= 0xA4 && second <= 0xA7 || second == 0xAE || second == 0xAF  // Devanagari, Bengali, Tamil
        case 0xE1: return second == 0x83  // Georgian U+10C0-10FF
        case 0xEA: return second >= 0xB0  // Hangul syllables from U+AC00
        case 0xEB, 0xEC: return true
        case 0xED: return second <= 0x9E  // ...to U+D7A3
        default: return false
        }
    }
}
