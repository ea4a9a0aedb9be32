/// Cuts a stranded tail off the body: one or two prose lines that sit after the article behind a
/// bar of button-like lines (a share bar, a list of links) are an appeal box or a teaser, not the
/// article's last paragraph. English pages name such boxes in the vocabulary; in other languages
/// only this shape tells them apart ("Support us, subscribe for 2 a month." under "Share /
/// Facebook / Telegram").
enum StrandedTailTrimmer {
    static let evidence = "stranded after a bar of short lines"
    /// Short lines in a row that make a bar.
    static let minimumBar = 3

    static func trim(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        var body = body
        for _ in 0..<4 {
            guard let cut = strandedTail(lines, evidence, scores: scores, body: body) else { break }
            body = body.lowerBound..<cut
            // What the bar leaves at the end (a label, a caption) goes with it.
            while let last = body.last, evidence[last].noise != nil || evidence[last].isCaption
                || (evidence[last].shape == .short && !lines[last].endsSentence) {
                body = body.lowerBound..<last
            }
        }
        return body
    }

    /// Where the stranded tail's bar starts, if the body ends in one.
    private static func strandedTail(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double], body: Range<Int>) -> Int? {
        var tailProse = 0
        var tailScore = 0.0
        var i = body.upperBound - 1
        // The tail: at most two prose lines and what is glued among them.
        while i > body.lowerBound, !isBarLine(lines[i], evidence[i]) {
            if scores[i] > 0 { tailProse += 1; tailScore += scores[i] }
            if tailProse > 2 { return nil }
            i -= 1
        }
        // A box is a few lines; a recipe card or a list after a bar is a section of the article.
        guard tailProse > 0, body.upperBound - 1 - i <= 4 else { return nil }
        var barStart = i
        while barStart > body.lowerBound, isBarLine(lines[barStart - 1], evidence[barStart - 1]) { barStart -= 1 }
        guard i + 1 - barStart >= minimumBar, barStart > body.lowerBound else { return nil }
        // Buttons are one or two words; a list of ingredients or tools above a recipe step is longer.
        guard (barStart...i).filter({ isButtonLike(lines[$0]) }).count >= 2 else { return nil }
        let restScore = scores[body.lowerBound..<barStart].reduce(0) { $0 + max(0, $1) }
        return tailScore * 4 <= restScore ? barStart : nil
    }

    /// "Share", "Facebook", "微信", "ツイート": a word or two and no figure.
    private static func isButtonLike(_ line: TextLine) -> Bool {
        line.words.count <= 2 && line.wordCount <= 4 && !line.text.utf8.contains { $0 >= 48 && $0 <= 57 }
    }

    /// A button or link label: a few words, no sentence, no prose, no table cell.
    private static func isBarLine(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard !ev.isTableRow, !ev.isCaption, ev.shape == .short else { return false }
        return line.wordCount <= 5 && !line.endsSentence || (ev.noise != nil && ev.noiseSource == "vocabulary")
    }
}
