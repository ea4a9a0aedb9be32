/// An advertisement label alone in its block inside the story ("ADVERTISEMENT", "Anzeige",
/// "إعلان"): the slot an ad filled between two parts of the article. A short line next to it (an
/// interview's next question, a sub-heading, a closing sentence) still sits between the article's
/// paragraphs, so the walk that gives a short line the class of its neighbours passes over the slot
/// for it; the label itself stays removed. A teaser set in the slot's place is no part of the
/// story: in a language the vocabulary does not know, its shape gives it away, a short label closed
/// by a colon over a headline that ends no sentence ("More on the site: Festival returns").
enum AdSlotInBody {
    static let evidence = "past an advertisement slot"
    /// An ad label is a word or two ("Publicidad", "Advertisement · Scroll to continue").
    static let maximumWords = 4

    /// Words of a teaser's label before its colon ("Read also", "More on the site").
    static let maximumLabelWords = 3

    /// The walk may carry line `line` past a slot: anything short but a labelled teaser. A question
    /// passes even so ("Q: and then?").
    @inline(__always)
    static func passes(_ line: TextLine) -> Bool {
        asks(line) || !isLabelledTeaser(line)
    }

    /// A label of a few words closed by a colon, then a headline that ends no sentence.
    static func isLabelledTeaser(_ line: TextLine) -> Bool {
        guard !line.endsSentence, let shape = ListShape.read(line.text, labelOfAtMost: maximumLabelWords) else { return false }
        return shape.leadEndsInColon && shape.items == 1 && shape.longestItem >= 2
    }

    /// The line closes on a question mark (`?`, the Arabic `؟`, the full-width `？`).
    @inline(__always)
    static func asks(_ line: TextLine) -> Bool {
        guard let last = line.text.unicodeScalars.last else { return false }
        return last == "?" || last == "\u{061F}" || last == "\u{FF1F}"
    }

    /// Line `k` is an advertisement label with a blank line on both sides or, in a copy that glues
    /// the story's blocks (a page of bare `<div>`s), with none on either side, under a paragraph.
    @inline(__always)
    static func holds(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard evidence[k].noise == .advertisement, lines[k].wordCount <= maximumWords else { return false }
        let blankAfter = k + 1 == lines.count || lines[k + 1].blankBefore
        if lines[k].blankBefore { return blankAfter }
        return !blankAfter && k > 0 && evidence[k - 1].noise == nil && evidence[k - 1].shape == .good && lines[k - 1].endsSentence
    }
}
