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
            // Headlines only a script without spaces or capitals made (`UnspacedHeadline`,
            // `UncasedHeadline`): a run that needs
            // them must also stand apart from the page's prose (`UnspacedTeaserRun`).
            var unspaced = isCased(lines[i]) ? 0 : 1
            var fillers = 0
            var lastHeadline = i
            while k < lines.count, !lines[k].blankBefore || isFiller(k, lines, evidence) {
                if isHeadline(k, lines, evidence) {
                    headlines += 1
                    if !isCased(lines[k]) { unspaced += 1 }
                    lastHeadline = k
                } else if isFiller(k, lines, evidence) {
                    fillers += 1
                } else if !isSummary(k, lines, evidence, after: lastHeadline) {
                    break
                }
                k += 1
            }
            let byScript = headlines - unspaced < minimumHeadlines
            // A menu of one-word sections with a few longer lines among them (the page's headline,
            // its dateline) is no list of stories: in a script without spaces, where a section's
            // name is as long as a short headline, the headlines must outnumber the labels.
            if headlines >= minimumHeadlines, !byScript || headlines >= fillers {
                let end = lastHeadline + (lastHeadline + 1 < k && isSummary(lastHeadline + 1, lines, evidence, after: lastHeadline) ? 2 : 1)
                guard !byScript || UnspacedTeaserRun.isTeaserList(i..<end, lines, evidence) else { i = max(k, i + 1); continue }
                for j in i..<end where evidence[j].noise == nil || evidence[j].noise == .repeated {
                    evidence[j].noise = .related
                    evidence[j].noiseSource = .teaserList(headlines: headlines, unspaced: byScript)
                }
            }
            i = max(k, i + 1)
        }
    }

    /// Headlines a run needs.
    static let minimumHeadlines = 4

    /// A link to another story: 3 to 16 words, at least three in five capitalised, no closing period,
    /// or a headline of a script without spaces (`UnspacedHeadline`) or without capitals
    /// (`UncasedHeadline`); not the article's own headline
    /// (which a byline or date follows).
    static func isHeadline(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[k]
        let ev = evidence[k]
        guard ev.noise == nil || ev.noise == .repeated || ev.noise == .related, !ev.isCaption, !ev.isMetadata else { return false }
        if isCased(line) {
            if line.text.hasSuffix("."), !line.text.hasSuffix("...") { return false }
        } else if !UnspacedHeadline.holds(line), !UncasedHeadline.holds(line) {
            return false
        }
        let next = (k + 1)..<min(lines.count, k + 3)
        return !next.contains { evidence[$0].byline != nil }
    }

    /// A headline by its capitals: 3 to 16 words, at least three in five capitalised.
    @inline(__always)
    private static func isCased(_ line: TextLine) -> Bool {
        (3...16).contains(line.wordCount) && line.capitalizedCount * 5 >= line.wordCount * 3
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
        // A category label of a script without spaces ("必吃美食") is a few letters, three word units.
        if UnspacedHeadline.isLabel(line) { return !line.blankBefore }
        if evidence[k].isTimestamp || (evidence[k].dateISO != nil && line.wordCount <= 8) { return true }
        return line.wordCount <= 4 && line.words.contains("min") && line.words.contains("read")
    }
}
