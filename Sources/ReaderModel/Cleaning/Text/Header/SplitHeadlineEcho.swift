/// A header that sets its headline in two lines — a short kicker (a name, a place) over the rest —
/// while the page also writes it whole on one line just above (its breadcrumb's last step, a
/// teaser of itself): "<Name>" / "<rest of the headline>" under "<Name>'s <rest of the headline>".
/// The whole line is the headline; the chosen line is only its second half.
enum SplitHeadlineEcho {
    /// The evidence, for `--explain`.
    static let note = "headline: the kicker and headline under it, written whole on one line just above them"
    /// Letters the whole line may hold beyond its two halves: a possessive, a joining word.
    static let maxExtraLetters = 3

    /// Index of the whole line when `chosen` is the second half of a split headline; nil otherwise.
    static func whole(of chosen: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        guard chosen >= 2 else { return nil }
        let kicker = lines[chosen - 1]
        guard (1...4).contains(kicker.wordCount), !kicker.endsSentence, !evidence[chosen - 1].isMetadata,
              lines[chosen].wordCount >= 2 else { return nil }
        let head = letters(kicker.text)
        let tail = letters(lines[chosen].text)
        guard !head.isEmpty, !tail.isEmpty else { return nil }
        for k in stride(from: chosen - 2, through: max(0, chosen - 4), by: -1) {
            let ev = evidence[k]
            guard !ev.isCaption, !ev.isMetadata, lines[k].wordCount <= kicker.wordCount + lines[chosen].wordCount + 2 else { continue }
            let whole = letters(lines[k].text)
            if whole.count >= head.count + tail.count, whole.count - head.count - tail.count <= maxExtraLetters,
               whole.starts(with: head), whole.reversed().starts(with: tail.reversed()) { return k }
        }
        return nil
    }

    /// The line's letters and digits, lowercased, without spaces or punctuation: the halves and the
    /// whole differ in their dashes and exclamation marks.
    private static func letters(_ text: Substring) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(text.count)
        for c in text where c.isLetter || c.isNumber {
            result.append(contentsOf: c.lowercased())
        }
        return result
    }
}
