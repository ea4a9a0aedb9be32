/// A post titled by its own first words (blogs and forums that title an untitled post with the
/// opening of its text): the line right above the first paragraph is that paragraph's beginning.
/// The pull-quote test marks it as a repeat; set directly over the paragraph it begins, without a
/// sentence's end, it is the headline.
enum OpeningWordsHeadline {
    /// Index of the line above the body that its first paragraph begins with; nil otherwise.
    static func index(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int? {
        guard body.lowerBound >= 1, body.lowerBound < lines.count else { return nil }
        let i = body.lowerBound - 1
        let line = lines[i]
        let ev = evidence[i]
        guard (3...30).contains(line.wordCount), !line.endsSentence, !line.isBullet, !ev.isCaption, !ev.isMetadata,
              ev.noise == nil || ev.noise == .repeated, evidence[body.lowerBound].shape == .good,
              lines[body.lowerBound].wordCount > line.wordCount else { return nil }
        return lines[body.lowerBound].words.starts(with: line.words) ? i : nil
    }

    /// The evidence, for `--explain`.
    static let note = "headline: the article's opening words, set right above the paragraph they begin"
}
