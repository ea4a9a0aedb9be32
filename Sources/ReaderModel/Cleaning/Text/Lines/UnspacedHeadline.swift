/// A story's title in a script without spaces between words (Chinese, Japanese, Thai), where no
/// capitals tell a headline from a sentence: a line written mostly in that script, of a headline's
/// length in word units (`ScriptProfile.wordUnits`, not space-separated runs), that does not close
/// on a full stop nor holds one. A question or an exclamation may close it, as in cased headlines;
/// so may a bracket, a quote or an ellipsis ("…を提供", "【特集】…", "…の優...").
enum UnspacedHeadline {
    /// Chinese and Japanese headlines: about 6 to 40 characters. Past that an unpunctuated line is
    /// a caption or the clause of a photo diary more often than a title.
    static let ideographicWords = 4...24
    /// Thai headlines: a phrase or two, under the 20 word units a Thai paragraph reaches
    /// (`ScriptProfile.unpunctuatedProseWords`).
    static let southeastAsianWords = 4...19
    /// A label between teasers ("必吃美食", a category name): three word units at most.
    static let maximumLabelWords = 3

    /// The line is headline-shaped in a script without spaces.
    @inline(__always)
    static func holds(_ line: TextLine) -> Bool {
        let script = line.script
        // Cheap test first: nearly every line of a cased page stops here.
        guard script.isUnspaced, isMostlyUnspaced(line) else { return false }
        let range = script.ideographic > 0 ? ideographicWords : southeastAsianWords
        guard range.contains(line.wordCount), !closesOnFullStop(line.text) else { return false }
        // A 。 inside the line ends a sentence there: "…上。（编译/某某）" is a paragraph with its
        // translator's credit, not a title.
        return script.ideographic == 0 || !holdsIdeographicFullStop(line.text)
    }

    /// The line holds the ideographic full stop 。 (E3 80 82) anywhere.
    static func holdsIdeographicFullStop(_ text: Substring) -> Bool {
        var run = 0
        for byte in text.utf8 {
            switch (run, byte) {
            case (_, 0xE3): run = 1
            case (1, 0x80): run = 2
            case (2, 0x82): return true
            default: run = 0
            }
        }
        return false
    }

    /// A short label of a script without spaces that ends no sentence: what stands between the
    /// headlines of a list (a category, "more").
    @inline(__always)
    static func isLabel(_ line: TextLine) -> Bool {
        line.script.isUnspaced && line.wordCount <= maximumLabelWords && isMostlyUnspaced(line) && !line.endsSentence
    }

    /// At least half the line's word units are of a script without spaces: a cased line that names a
    /// place in Chinese is read as cased.
    @inline(__always)
    static func isMostlyUnspaced(_ line: TextLine) -> Bool {
        line.script.wordUnits * 2 >= line.wordCount
    }

    /// The line closes on a full stop (。, ．, ｡, the Devanagari danda, the Urdu full stop, the
    /// Myanmar, Khmer and Ethiopic full stops, or a period that ends no ellipsis), looking past closing quotes and brackets: a sentence, not a title.
    static func closesOnFullStop(_ text: Substring) -> Bool {
        var previousWasPeriod = false
        for scalar in text.unicodeScalars.reversed() {
            if previousWasPeriod { return scalar != "." }
            switch scalar.value {
            case 0x3002, 0xFF0E, 0xFF61, 0x0964, 0x06D4: return true  // 。．｡ । ۔
            case 0x104B, 0x17D4, 0x17D5, 0x1362: return true  // Myanmar ။, Khmer ។ ៕, Ethiopic ።
            case 0x2E: previousWasPeriod = true  // "." — a sentence unless "..."
            case 0x22, 0x27, 0x29, 0x5D, 0x20, 0x201D, 0x2019: continue  // " ' ) ] space ” ’
            default:
                if ScriptProfile.isUnspacedClosingMark(scalar) { continue }
                return false
            }
        }
        return previousWasPeriod
    }
}
