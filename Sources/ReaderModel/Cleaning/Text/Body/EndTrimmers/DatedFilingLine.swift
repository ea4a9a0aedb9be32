/// A post's filing line under its text, led by its date: "11/09/2012 in Harbour, Ferries, Council,
/// Tides, Rowing, Weather | Permalink". A stamp with figures opens the line and a long list of short
/// names follows, the categories a blog theme prints under each post. The article's own lists stand
/// in sentences or under a label, not behind a date. Separators of any script count; no word is read.
enum DatedFilingLine: BodyEndTrimmer {
    static let evidence = "the post's filing line: a date over a long list of short names, under the text"
    /// The lead (the date and a word or two) is at most this many words.
    static let maxLeadWords = 8
    /// The list has at least this many items (`FilingListLine` bounds their words).
    static let minimumItems = 6
    /// The line is at most this many words.
    static let maxWords = 80

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2, let last = body.last else { return body }
        let line = lines[last]
        guard evidence[last].noise == nil, !evidence[last].isTableRow, evidence[last].listItem == nil,
              line.wordCount >= minimumItems, line.wordCount <= maxWords, !line.endsSentence,
              let first = line.text.utf8.first, first >= 0x30, first <= 0x39,
              let list = ListShape.read(line.text), isDatedList(list) else { return body }
        // The date and the list are shape enough that a short post keeps its text above a longer
        // filing line: the body above needs only a sentence of its own.
        guard (body.lowerBound..<last).contains(where: { lines[$0].endsSentence && evidence[$0].noise == nil }) else { return body }
        evidence[last].noise = .navigation
        evidence[last].noiseSource = .rule(Self.evidence)
        // Labels left between the article and the line go with it.
        return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(last, lines, scores: scores, body: body)
    }

    /// A lead opened by figures, short, then many short items.
    static func isDatedList(_ list: ListShape) -> Bool {
        list.leadOpensWithFigure && list.leadWords <= maxLeadWords && list.items >= minimumItems
            && FilingListLine.hasShortItems(list)
    }
}
