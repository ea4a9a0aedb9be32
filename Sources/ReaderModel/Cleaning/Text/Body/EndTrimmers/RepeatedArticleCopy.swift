/// The article printed twice: a page that shows a story's opening as a preview and then again in
/// full (or in a second layout) copies both, so the body ends on its own paragraphs over again. When
/// the body's last paragraphs, two or more and all different, stand earlier in it in the same order,
/// the second copy leaves. A refrain or a pull quote repeats one line, not a run of distinct
/// paragraphs; text placeholders repeat one paragraph. Text equality only, so it reads every script alike.
enum RepeatedArticleCopy: BodyEndTrimmer {
    static let evidence = "a second copy of the article's paragraphs at the body's end"
    /// Paragraphs the repeated run needs.
    static let minimumParagraphs = 2

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        var paragraphs: [Int] = []
        for i in body where evidence[i].noise == nil && evidence[i].shape != .short && !evidence[i].isCaption {
            paragraphs.append(i)
        }
        guard paragraphs.count >= 2 * minimumParagraphs, let last = paragraphs.indices.last else { return body }
        let lastText = lines[paragraphs[last]].text
        var copy = 0
        for q in stride(from: last - 1, through: 0, by: -1) where lines[paragraphs[q]].text == lastText {
            // Match backwards from both ends; the first copy must end before the second starts.
            var m = 0
            while m < last - q, q - m >= 0, lines[paragraphs[q - m]].text == lines[paragraphs[last - m]].text { m += 1 }
            copy = max(copy, m)
        }
        guard copy >= minimumParagraphs else { return body }
        let run = paragraphs[(last - copy + 1)...].map { lines[$0].text }
        guard Set(run).count == run.count else { return body }
        let start = paragraphs[last - copy + 1]
        let cut = BodyEndTrimmers.startOfTrailingLabels(start, lines, scores: scores, body: body)
        for k in cut..<body.upperBound where evidence[k].isCleanOrFragment {
            evidence[k].noise = .repeated
            evidence[k].noiseSource = .rule(Self.evidence)
        }
        return body.lowerBound..<cut
    }
}
