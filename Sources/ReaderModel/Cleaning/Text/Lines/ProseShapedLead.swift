/// A long line that reads as prose though it closes on no sentence mark (a lead-in ending in a
/// colon, a clause run on over a break): a weak chrome word or two in it ("browser") makes it no
/// more chrome than it makes a sentence.
enum ProseShapedLead {
    /// Fewer words than this and a line may be a label or menu however it ends.
    static let minWords = 12
    /// More words than this on one line is a script or data blob ("articleBody": "…"), not a lead-in.
    static let maxWords = 80
    /// Share of English function words from which an unpunctuated long line reads as a sentence.
    static let minStopwordDensity = 0.35

    static let evidence = "a chrome word in a long prose line (lead-in shape, many function words): not chrome on its own"

    /// True for a line of `minWords`…`maxWords` words that does not end a sentence but ends in a
    /// clause mark (":" "," ";") or, on English pages (`densityScale` > 0), is rich in function words.
    /// Menus, link rows and labels are short or nearly free of function words.
    @inline(__always)
    static func holds(_ line: TextLine, densityScale: Double) -> Bool {
        guard !line.endsSentence, line.wordCount >= minWords, line.wordCount <= maxWords else { return false }
        if densityScale > 0, line.stopwordDensity >= minStopwordDensity { return true }
        guard let last = line.text.utf8.last else { return false }
        return last == UInt8(ascii: ":") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
    }

    /// A vocabulary verdict on `line` is withdrawn when the line is prose-shaped, carries no strong
    /// phrase ("update your browser") and would be prose had it closed on a full stop.
    static func releases(_ line: TextLine, densityScale: Double) -> Bool {
        guard holds(line, densityScale: densityScale),
              !NoiseVocabulary.hasStrongPhrase(words: line.words, phraseStarts: line.phraseStarts) else { return false }
        return NoiseVocabulary.reason(words: line.words, endsSentence: true, phraseStarts: line.phraseStarts,
                                      mayBeExactLine: line.mayBeNoiseLabel) == nil
    }
}
