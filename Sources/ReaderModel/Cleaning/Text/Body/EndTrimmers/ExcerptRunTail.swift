/// Excerpts of other posts set under the article: from some line to the body's end, units of a
/// title over a one-paragraph summary that is cut off mid-sentence with an ellipsis ("… they will
/// look for ...", "… sales increased by a [...]"). A widget of recent or related posts cuts each
/// excerpt at a fixed length, so the cut marks the summary as a teaser however its title is cased
/// and whether or not it carries a date (`TeaserRunTail` needs one or the other); an article's own
/// subheaded paragraphs end their sentences. Only the mark and the line shapes are read, so the
/// rule holds in every script.
enum ExcerptRunTail: BodyEndTrimmer {
    static let evidence = "a run of titles over excerpts cut off with an ellipsis, under the article's last paragraph"
    /// Cut excerpts the run needs.
    static let minimumExcerpts = 3
    /// An excerpt is at least this many words (a link's "More..." is no excerpt)...
    static let minimumExcerptWords = 8
    /// ...and at most this many.
    static let maximumExcerptWords = 120
    /// A title is at most this many words.
    static let maximumTitleWords = 24
    /// Title and label lines one unit may hold above its excerpt.
    static let maximumLinesAboveExcerpt = 4
    /// The article above the run: this much prose, one sentence of it a full paragraph...
    static let minimumProseAbove = 20.0
    /// ...and at most this many lines of it cut off with an ellipsis.
    static let maximumCutLinesAbove = 1

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2 * minimumExcerpts else { return body }
        var k = body.upperBound - 1
        // Labels under the last excerpt ("More posts") belong to the run.
        while k > body.lowerBound, isTitleOrLabel(lines[k], evidence[k]) { k -= 1 }
        var excerpts = 0
        var start = body.upperBound
        // Walk up unit by unit: an excerpt, then the title and labels above it.
        while k > body.lowerBound, isExcerpt(lines[k], evidence[k]) {
            var t = k - 1
            while t >= body.lowerBound, k - t <= maximumLinesAboveExcerpt, isTitleOrLabel(lines[t], evidence[t]) { t -= 1 }
            // Two excerpts in a row, or an excerpt with no title, read as the article's paragraphs.
            guard t < k - 1 else { break }
            excerpts += 1
            start = t + 1
            k = t
        }
        guard excerpts >= minimumExcerpts, start > body.lowerBound else { return body }
        // The article above: enough prose, with a paragraph that ends its sentence, and more of it
        // than the run holds. A page of excerpts (a listing, a section front, a job board) has them
        // for its content: more cut lines above the run than a writer's odd trailing-off one
        // say the whole page is cut excerpts, not an article with a widget under it.
        let article = body.lowerBound..<start
        guard BodyEndTrimmers.prose(article, scores: scores) >= minimumProseAbove,
              article.contains(where: { evidence[$0].shape == .good && lines[$0].endsSentence && evidence[$0].noise == nil }),
              BodyEndTrimmers.proseWords(article, lines, scores: scores)
                >= BodyEndTrimmers.proseWords(start..<body.upperBound, lines, scores: scores),
              article.count(where: { evidence[$0].noise == nil && endsInCut(lines[$0].text) }) <= maximumCutLinesAbove
        else { return body }
        BodyEndTrimmers.mark(start..<body.upperBound, &evidence, as: .related, rule: Self.evidence)
        return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(start, lines, scores: scores, body: body)
    }

    /// A summary cut off at a fixed length: a paragraph of prose ending in an ellipsis.
    @inline(__always)
    static func isExcerpt(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        ev.noise == nil && !ev.isCaption && !ev.isTableRow && ev.listItem == nil
            && (minimumExcerptWords...maximumExcerptWords).contains(line.wordCount) && endsInCut(line.text)
    }

    /// A unit's title or a label between units: a line already named furniture, a date, or a short
    /// line that closes no sentence and is not itself cut off.
    @inline(__always)
    static func isTitleOrLabel(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        if ev.noise != nil || ev.isTimestamp { return true }
        guard !ev.isTableRow, ev.listItem == nil, line.wordCount <= maximumTitleWords else { return false }
        if endsInCut(line.text) { return false }
        return !line.endsSentence || line.text.hasSuffix("?") || line.text.hasSuffix("!")
    }

    /// Ends in an ellipsis ("...", "…", bracketed "[...]" or "(…)") right after a word: text cut off
    /// mid-sentence. An ellipsis after a full stop, or the doubled "……" of CJK prose, is the
    /// writer's own. Stricter than `ScriptProfile.endsInTruncation`, which a teaser headline passes
    /// with any last word.
    static func endsInCut(_ text: Substring) -> Bool {
        var scalars = text.unicodeScalars
        func dropSpaces() { while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() } }
        dropSpaces()
        var closing: Unicode.Scalar?
        if let last = scalars.last, last == "]" || last == ")" {
            closing = last
            scalars.removeLast()
        }
        if scalars.last == "…" {
            scalars.removeLast()
            if scalars.last == "…" { return false }
        } else {
            var dots = 0
            while scalars.last == "." { scalars.removeLast(); dots += 1 }
            guard dots == 3 else { return false }
        }
        if let closing {
            guard scalars.last == (closing == "]" ? "[" : "(") else { return false }
            scalars.removeLast()
        }
        dropSpaces()
        guard let before = scalars.last else { return false }
        // The cut falls after a word or a comma, not after a sentence's end.
        return before.properties.isAlphabetic || before.properties.numericType != nil || before == "," || before == "、"
    }
}
