/// Finds blocks that point at other stories or a live feed rather than continuing this one:
/// the run under a "Related" / "In Other Developments" header, headline-plus-summary teasers,
/// and feed items under timestamps.
enum TeaserDetector {
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        markHeaderRuns(lines, &evidence, in: lines.indices)
        markFeedItems(lines, &evidence)
        keepLiveBlog(lines, &evidence)
        LivePageEntries.keep(lines, &evidence)
    }

    /// On a live blog the timestamped entries are the article: when they hold far more prose than
    /// the rest of the page, they are not a sidebar feed.
    private static func keepLiveBlog(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var feedWords = 0
        var otherWords = 0
        // By index, not `zip`: a copy of a line's whole evidence retains its every string.
        for i in lines.indices where evidence[i].shape != .short {
            if evidence[i].noiseSource == .itemUnderTimestamp { feedWords += lines[i].wordCount }
            else if evidence[i].noise == nil { otherWords += lines[i].wordCount }
        }
        guard feedWords > 40, feedWords * 2 > otherWords * 3 else { return }
        for i in evidence.indices where evidence[i].noiseSource == .itemUnderTimestamp || evidence[i].noiseSource == .timestamp {
            if evidence[i].isTimestamp, LivePageEntries.isBareClockTime(lines[i]) { evidence[i].isLiveEntryTime = true }
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            evidence[i].isTimestamp = false
        }
    }

    /// A related/feed header owns the bullets, headlines and headline summaries that follow it.
    /// `longHeadlines` lets the run take teaser headlines of near-prose length too
    /// (`LongTeaserUnderHeader`): only inside the chosen body, where the run's lines no longer
    /// weigh on which run is the body, and a box set between two paragraphs leaves it.
    private static func markHeaderRuns(_ lines: [TextLine], _ evidence: inout [LineEvidence], in range: Range<Int>,
                                       longHeadlines: Bool = false) {
        for i in range {
            guard let reason = evidence[i].noise, reason == .related || reason == .feed, evidence[i].noiseSource == .vocabulary,
                  lines[i].wordCount <= 8, !lines[i].endsSentence || lines[i].wordCount <= 3 else { continue }
            var previousWasHeadline = false
            var j = i + 1
            var taken = 0
            // The lines the run takes, marked once it ends: in the body the run is marked only when
            // it holds a long headline (the runs without one were marked before the body was chosen).
            var marks: [(index: Int, long: Bool)] = []
            while j < range.upperBound, taken < 40 {
                let line = lines[j]
                let ev = evidence[j]
                if ev.isCaption || (ev.noise != nil && ev.noise != .related && ev.noise != reason) { break }
                // A headline followed by its byline or date is this article's own header, not a teaser.
                // A teaser's summary sentence glued over that headline is still the teaser's
                // (`SummaryOverArticleHeader`): the header starts at the line under it.
                if ((j + 1)..<min(lines.count, j + 3)).contains(where: { evidence[$0].byline != nil || evidence[$0].dateISO != nil }),
                   !SummaryOverArticleHeader.holds(j, lines, evidence) { break }
                if HeadlineOverStandfirst.holds(j, lines, evidence) { evidence[j].keptNote = HeadlineOverStandfirst.evidence; break }
                if QuotationDashParagraph.holds(line) { evidence[j].keptNote = QuotationDashParagraph.evidence; break }
                let isShortHeadline = line.isBullet || (ev.shape == .short && !line.endsSentence) || ev.noise == .related
                let isLongHeadline = longHeadlines && !isShortHeadline
                    && LongTeaserUnderHeader.holds(j, lines, evidence, afterTeaser: taken > 0 && previousWasHeadline)
                if isShortHeadline || isLongHeadline {
                    previousWasHeadline = !line.isBullet && line.wordCount >= 4
                } else if ev.shape != .short, previousWasHeadline, !line.blankBefore,
                          evidence[j - 1].repeatsInPage >= 2 || nextIsHeadline(lines, evidence, after: j) {
                    // The summary under a teaser headline, once the run is clearly a teaser list.
                    previousWasHeadline = false
                } else {
                    break
                }
                if evidence[j].noise == nil { marks.append((j, isLongHeadline)) }
                taken += 1
                j += 1
            }
            guard !longHeadlines || marks.contains(where: \.long) else { continue }
            for mark in marks {
                evidence[mark.index].noise = reason
                evidence[mark.index].noiseSource = mark.long ? .rule(LongTeaserUnderHeader.evidence) : .underHeader(reason)
            }
        }
    }

    /// The line after `j` is another teaser headline (so `j` is a summary in a list of teasers).
    private static func nextIsHeadline(_ lines: [TextLine], _ evidence: [LineEvidence], after j: Int) -> Bool {
        guard j + 1 < lines.count else { return true }
        let next = lines[j + 1]
        if evidence[j + 1].noise != nil { return true }
        return evidence[j + 1].shape == .short && !next.endsSentence && next.wordCount >= 4
    }

    /// With two or more timestamps on the page, each one heads a feed item of up to two lines; an
    /// item never runs into other furniture or into a headline that has its own byline or date.
    private static func markFeedItems(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        let stamps = lines.indices.filter { evidence[$0].isTimestamp }
        guard stamps.count >= 2 else { return }
        for stamp in stamps {
            var j = stamp + 1
            var taken = 0
            while j < lines.count, taken < 2, !evidence[j].isTimestamp, evidence[j].noise == nil {
                if ((j + 1)..<min(lines.count, j + 3)).contains(where: { evidence[$0].byline != nil || evidence[$0].dateISO != nil }) { break }
                evidence[j].noise = .feed
                evidence[j].noiseSource = .itemUnderTimestamp
                taken += 1
                j += 1
            }
        }
    }

    /// Inside the chosen body: a headline-like line glued to one summary sentence and then to
    /// noise or another teaser is a teaser, not a sub-heading (sub-headings lead into paragraphs).
    static func markGluedTeasers(_ lines: [TextLine], _ evidence: inout [LineEvidence], in range: Range<Int>) {
        markHeaderRuns(lines, &evidence, in: range, longHeadlines: true)
        // Read only once a glued teaser is found: most pages have none.
        var fields: RecordFieldLabels?
        for i in range where i + 1 < range.upperBound {
            // Teaser headlines are often quotes, so function words do not rule them out here.
            guard evidence[i].shape == .short, lines[i].wordCount >= 4, !lines[i].endsSentence,
                  evidence[i].noise == nil, !lines[i].isBullet, !evidence[i].isCaption, !evidence[i].isMetadata,
                  evidence[i + 1].noise == nil, evidence[i + 1].shape != .short, !lines[i + 1].blankBefore,
                  !evidence[i + 1].isCaption else { continue }
            let after = i + 2
            let gluedToNoise = after >= lines.count
                || (!lines[after].blankBefore && (evidence[after].noise != nil
                    // The next teaser's headline is short; a long line is the next item of a list.
                    || (evidence[after].isHeadlineLike && evidence[after].shape == .short)))
            guard gluedToNoise else {
                if after < range.upperBound, !lines[after].blankBefore, evidence[after].isHeadlineLike, evidence[after].noise == nil {
                    evidence[i + 1].keptNote = "not a teaser: the glued line after it is a long list item, not a short headline"
                }
                continue
            }
            if SectionParagraphUnderHeading.isParagraph(lines[i + 1]) { evidence[i + 1].keptNote = SectionParagraphUnderHeading.evidence; continue }
            if let list = ArticleList.teaserExemption(i, lines, evidence, in: range) { evidence[i + 1].keptNote = list.evidence; continue }
            if UnbulletedItemList.holds(i, lines, evidence, in: range) { evidence[i + 1].keptNote = UnbulletedItemList.evidence; continue }
            let labels = fields ?? RecordFieldLabels(lines, in: range)
            fields = labels
            if labels.isField(lines[i + 1]) || labels.isField(lines[i]) { evidence[i + 1].keptNote = RecordFieldLabels.evidence; continue }
            for k in i...(i + 1) {
                evidence[k].noise = .related
                evidence[k].noiseSource = .rule("headline and summary glued to noise")
            }
        }
    }
}
