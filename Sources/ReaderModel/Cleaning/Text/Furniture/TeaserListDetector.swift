/// Finds lists of other stories that carry no header ("More stories", a sidebar): runs of glued,
/// headline-shaped lines (short, mostly capitalised, no closing period), each optionally followed
/// by a one-line summary, a date or a "5 min read" label. Article text comes in blank-separated
/// paragraphs; a run of four or more such headlines is a list of links, however many words it holds.
enum TeaserListDetector {
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var i = 0
        while i < lines.count {
            guard isHeadline(i, lines, evidence) else { i += 1; continue }
            var k = i + 1
            var headlines = 1
            var lastHeadline = i
            while k < lines.count, !lines[k].blankBefore || isFiller(k, lines, evidence) {
                if isHeadline(k, lines, evidence) {
                    headlines += 1
                    lastHeadline = k
                } else if !isFiller(k, lines, evidence) && !isSummary(k, lines, evidence, after: lastHeadline) {
                    break
                }
                k += 1
            }
            if headlines >= 4 {
                let end = lastHeadline + (lastHeadline + 1 < k && isSummary(lastHeadline + 1, lines, evidence, after: lastHeadline) ? 2 : 1)
                for j in i..<end where evidence[j].noise == nil || evidence[j].noise == .repeated {
                    evidence[j].noise = .related
                    evidence[j].noiseSource = .teaserList(headlines: headlines)
                }
            }
            i = max(k, i + 1)
        }
    }

    /// A link to another story: 3 to 16 words, at least three in five capitalised, no closing period,
    /// and not the article's own headline (which a byline or date follows).
    static func isHeadline(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[k]
        let ev = evidence[k]
        guard (3...16).contains(line.wordCount), ev.noise == nil || ev.noise == .repeated || ev.noise == .related,
              !ev.isCaption, !ev.isMetadata, line.capitalizedCount * 5 >= line.wordCount * 3 else { return false }
        if line.text.hasSuffix("."), !line.text.hasSuffix("...") { return false }
        let next = (k + 1)..<min(lines.count, k + 3)
        return !next.contains { evidence[$0].byline != nil }
    }

    /// A one-sentence summary glued under a headline.
    private static func isSummary(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence], after headline: Int) -> Bool {
        k == headline + 1 && !lines[k].blankBefore && (5...45).contains(lines[k].wordCount) && evidence[k].noise == nil
            && !evidence[k].isCaption
    }

    /// What sits between teasers: a date, a clock time, a "5 min read" label, a one- or two-word label.
    private static func isFiller(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[k]
        if line.wordCount <= 2, !line.endsSentence || line.wordCount <= 1 { return !line.blankBefore || evidence[k].isTimestamp }
        if evidence[k].isTimestamp || (evidence[k].dateISO != nil && line.wordCount <= 8) { return true }
        return line.wordCount <= 4 && line.words.contains("min") && line.words.contains("read")
    }
}
