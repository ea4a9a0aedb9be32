/// Finds blocks that point at other stories or a live feed rather than continuing this one:
/// the run under a "Related" / "In Other Developments" header, headline-plus-summary teasers,
/// and feed items under timestamps.
enum TeaserDetector {
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        markHeaderRuns(lines, &evidence)
        markFeedItems(lines, &evidence)
    }

    /// A related/feed header owns the bullets, headlines and headline summaries that follow it.
    private static func markHeaderRuns(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices {
            guard let reason = evidence[i].noise, reason == .related || reason == .feed,
                  lines[i].wordCount <= 8, !lines[i].endsSentence || lines[i].wordCount <= 3 else { continue }
            var previousWasHeadline = false
            var j = i + 1
            var taken = 0
            while j < lines.count, taken < 40 {
                let line = lines[j]
                let ev = evidence[j]
                if ev.isCaption || (ev.noise != nil && ev.noise != .related && ev.noise != reason) { break }
                if line.isBullet || ev.isHeadlineLike || ev.noise == .related {
                    previousWasHeadline = !line.isBullet
                } else if ev.shape != .short, previousWasHeadline, !line.blankBefore || taken <= 2 {
                    // The summary under a teaser headline.
                    previousWasHeadline = false
                } else if ev.shape == .short, line.wordCount <= 3, !line.blankBefore {
                    previousWasHeadline = false
                } else {
                    break
                }
                if evidence[j].noise == nil {
                    evidence[j].noise = reason
                    evidence[j].noiseSource = "under a \(reason.rawValue) header"
                }
                taken += 1
                j += 1
            }
        }
    }

    /// With two or more timestamps on the page, each one heads a feed item of up to three lines.
    private static func markFeedItems(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        let stamps = lines.indices.filter { evidence[$0].isTimestamp }
        guard stamps.count >= 2 else { return }
        for stamp in stamps {
            var j = stamp + 1
            var taken = 0
            while j < lines.count, taken < 3, !evidence[j].isTimestamp {
                if evidence[j].noise == nil {
                    evidence[j].noise = .feed
                    evidence[j].noiseSource = "item under a timestamp"
                }
                taken += 1
                j += 1
            }
        }
    }

    /// Inside the chosen body: a headline-like line glued to one summary sentence and then to
    /// noise or another teaser is a teaser, not a sub-heading (sub-headings lead into paragraphs).
    static func markGluedTeasers(_ lines: [TextLine], _ evidence: inout [LineEvidence], in range: Range<Int>) {
        for i in range where i + 1 < range.upperBound {
            // Teaser headlines are often quotes, so function words do not rule them out here.
            guard evidence[i].shape == .short, lines[i].wordCount >= 4, !lines[i].endsSentence,
                  evidence[i].noise == nil, !lines[i].isBullet, !evidence[i].isCaption, !evidence[i].isMetadata,
                  evidence[i + 1].noise == nil, evidence[i + 1].shape != .short, !lines[i + 1].blankBefore,
                  !evidence[i + 1].isCaption else { continue }
            let after = i + 2
            let gluedToNoise = after >= lines.count
                || (!lines[after].blankBefore && (evidence[after].noise != nil || evidence[after].isHeadlineLike))
            guard gluedToNoise else { continue }
            for k in i...(i + 1) {
                evidence[k].noise = .related
                evidence[k].noiseSource = "headline and summary glued to noise"
            }
        }
    }
}
