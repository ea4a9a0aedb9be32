/// A long document that opens with its own table of contents (a block of short lines, each printed
/// again further down, in the same order, as the heading of a section of prose) is one article
/// from its lead to its last section. The heaviest run alone may be one section (a reference
/// list, a database listing at the end) cut off from the rest by a stretch of links. When the
/// heaviest run lies among the listed sections, the run from the lead above the contents to the
/// end of the last section is the article.
enum ContentsListedSections: BodyEvidenceSource {
    static let evidence = "document with its own contents: every section it lists is the article's"
    /// A contents block lists at least this many sections.
    static let minimumEntries = 4
    /// An entry is a short line, as a section heading is.
    static let maximumEntryWords = 12
    /// How far below the last listed heading its section is looked for.
    static let lastSectionSpan = 120
    /// The widened run counts this many times against the heaviest run it contains.
    static let factor = 3.0
    /// Lines that may stand between the contents block and its first section (a "Top" link, a rule).
    static let maximumContentsGap = 2
    /// A label over the contents block ("Contents", "In this article") is this short.
    static let maximumLabelWords = 3

    /// The run over every listed section when the heaviest run lies among them; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard !chosen.isEmpty, let (block, headings) = contents(lines, evidence, before: chosen.upperBound),
              let first = headings.first, let last = headings.last,
              chosen.lowerBound >= first, chosen.lowerBound <= last + lastSectionSpan else { return nil }
        // The last section's prose, when it runs past the heaviest run.
        let window = (last + 1)..<min(lines.count, last + 1 + lastSectionSpan)
        let tail = BodySegment.best(Array(scores[window]))
        let end = max(chosen.upperBound, tail.isEmpty ? last + 1 : window.lowerBound + tail.upperBound)
        // The lead paragraph right above the contents block (and its "Contents" label) opens the document.
        var start = block.lowerBound
        if start > 0, lines[start - 1].wordCount <= maximumLabelWords, evidence[start - 1].noise == nil,
           !evidence[start - 1].isMetadata { start -= 1 }
        while start > 0, scores[start - 1] > 0, evidence[start - 1].noise == nil { start -= 1 }
        let range = start..<end
        guard range != chosen else { return nil }
        // A section's short lines (a slide's bullet points, a reference's title) are the document's own.
        return BodyCandidate(range: range, prose: max(BodyCandidate.proseSum(scores, range), heaviest.prose),
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(factor), keepsShortLines: true)])
    }

    /// The first contents block above `limit`: consecutive short lines, each printed once more
    /// below the block, the copies in the block's order, heading sections of the page.
    static func contents(_ lines: [TextLine], _ evidence: [LineEvidence], before limit: Int) -> (Range<Int>, [Int])? {
        var i = 0
        while i < limit {
            guard isEntry(i, lines, evidence) else { i += 1; continue }
            var headings: [Int] = []
            var k = i
            var after = i
            while k < lines.count, isEntry(k, lines, evidence), !(k > i && lines[k].blankBefore),
                  let twin = twin(of: k, after: max(after, k), lines) {
                headings.append(twin)
                after = twin
                k += 1
            }
            // The document's first section starts right under its contents; a sidebar's list of
            // recent posts stands apart from the posts it names.
            if headings.count >= minimumEntries, let first = headings.first, first >= k, first - k <= maximumContentsGap,
               headedSections(headings, evidence) {
                return (i..<k, headings)
            }
            i = max(i + 1, k)
        }
        return nil
    }

    /// A short line printed twice, or a short item of a marked list ("» Costs", "2. Costs") whose
    /// text without its mark may be printed below as a heading.
    @inline(__always)
    private static func isEntry(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard (1...maximumEntryWords).contains(lines[i].wordCount) else { return false }
        return evidence[i].repeatsInPage == 2 || entryText(lines[i].text).startIndex != lines[i].text.startIndex
    }

    /// The entry's text without a list mark: a bullet or arrow symbol, or an item number, then a space.
    static func entryText(_ text: Substring) -> Substring {
        if ListMarker.number(text) != nil, let space = text.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) {
            return text[text.index(after: space)...].drop(while: { $0 == " " })
        }
        guard let first = text.unicodeScalars.first, markScalars.contains(first) else { return text }
        let rest = text.unicodeScalars.dropFirst()
        guard let next = rest.first, next == " " || next == "\t" || next == "\u{A0}" else { return text }
        return Substring(rest).drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
    }

    /// Marks that open a list item in a contents block.
    private static let markScalars: Set<Unicode.Scalar> = ["»", "›", "•", "·", "*", "-", "–", "—", "►", "▸", "▪", "■", "→", ">"]

    /// The later line that reads as entry `k` without its mark, after the previous entry's copy.
    private static func twin(of k: Int, after: Int, _ lines: [TextLine]) -> Int? {
        let text = entryText(lines[k].text).utf8
        var j = after + 1
        while j < lines.count {
            let other = lines[j].text.utf8
            if other.count == text.count, other.elementsEqual(text) { return j }
            j += 1
        }
        return nil
    }

    /// The copies head sections: at most half of them stand right under another (a section over
    /// its first sub-section), and prose stands between a third of them at least (a section of
    /// slides' bullet points, links or records may hold none). A menu printed twice has its copies
    /// side by side.
    private static func headedSections(_ headings: [Int], _ evidence: [LineEvidence]) -> Bool {
        var stacked = 0
        var withProse = 0
        for (a, b) in zip(headings, headings.dropFirst()) {
            if b - a == 1 { stacked += 1; continue }
            if ((a + 1)..<b).contains(where: { evidence[$0].shape == .good && !evidence[$0].isCaption }) { withProse += 1 }
        }
        let pairs = headings.count - 1
        return stacked * 2 <= pairs && withProse * 3 >= pairs
    }
}
