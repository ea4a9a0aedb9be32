/// An advertisement label alone in its block inside the story ("ADVERTISEMENT", "Anzeige",
/// "إعلان"): the slot an ad filled between two parts of the article. A short question next to it
/// (an interview's next question, an FAQ's next heading) still sits between the article's
/// paragraphs, so the walk that gives a short line the class of its neighbours passes over the
/// slot for it; the label itself stays removed. Only a question: a "read also" teaser under the
/// slot in a language the vocabulary does not know is shaped like a heading too.
enum AdSlotInBody {
    static let evidence = "past an advertisement slot"
    /// An ad label is a word or two ("Publicidad", "Advertisement · Scroll to continue").
    static let maximumWords = 4

    /// The line closes on a question mark (`?`, the Arabic `؟`, the full-width `？`).
    @inline(__always)
    static func asks(_ line: TextLine) -> Bool {
        guard let last = line.text.unicodeScalars.last else { return false }
        return last == "?" || last == "\u{061F}" || last == "\u{FF1F}"
    }

    /// Line `k` is an advertisement label with a blank line on both sides.
    @inline(__always)
    static func holds(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == .advertisement && lines[k].blankBefore && lines[k].wordCount <= maximumWords
            && (k + 1 == lines.count || lines[k + 1].blankBefore)
    }
}
