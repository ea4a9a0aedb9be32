/// A photo post copied as text is a headline, a line or two of standfirst and the photo's caption:
/// no line of it scores as prose, and a section's teaser list above it may run on across the
/// breadcrumb trail into the headline and standfirst, which then read as more teasers. The trail
/// says where the post starts (a trail heads the page's own article, the line right under it is
/// its headline), the caption says it is a photo's post; when the chosen run is thin, the lines
/// from the headline down to the caption are all the post has to read, as `TextlessPostHeader`
/// makes a textless post's header.
enum PhotoPostUnderBreadcrumb {
    static let evidence = "a photo post: the headline under the breadcrumb trail, down to its caption"
    /// Below this much prose the chosen run proves nothing against the post.
    static let thinBody = TextlessPostHeader.thinBody
    /// The caption comes within this many lines under the headline.
    static let maxLines = 4
    /// The caption is the post's text: this many words at least.
    static let minimumCaptionWords = 15
    /// A trail of steps of a few words, a few steps in all.
    static let maxStepWords = 4
    static let maxTrailWords = 10
    /// The headline holds this many words.
    static let headlineWords = 3...20

    /// The post when the chosen `body` is thin and a breadcrumb trail heads a headline over a caption; nil otherwise.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double], body: Range<Int>) -> TextlessPostHeader.Post? {
        var prose = 0.0
        for i in body { prose += max(0, scores[i]) }
        guard prose < thinBody else { return nil }
        for crumb in lines.indices.dropLast(2) where isTrail(lines[crumb]) {
            let headline = crumb + 1
            guard isHeadline(lines[headline], evidence[headline]) else { continue }
            var post = [headline]
            for k in (headline + 1)..<min(lines.count, headline + 1 + maxLines) {
                guard isPostLine(lines[k], evidence[k]) else { break }
                post.append(k)
                guard evidence[k].isCaption else { continue }
                // The trail heads the page's article: a chosen run above it is no part of the post.
                guard lines[k].wordCount >= minimumCaptionWords, body.isEmpty || body.lowerBound > crumb else { return nil }
                return TextlessPostHeader.Post(lines: post, headline: headline, evidence: Self.evidence
                    + " at line \(lines[k].lineNumber); the chosen run is thin (prose \(Int(prose.rounded())))")
            }
        }
        return nil
    }

    /// A short line of two or more short steps parted by a breadcrumb separator ("Home > Travel").
    static func isTrail(_ line: TextLine) -> Bool {
        guard line.wordCount <= maxTrailWords, !line.endsSentence, !line.isBullet,
              line.text.utf8.contains(where: { $0 == 62 || $0 == 47 || $0 == 0xBB || $0 == 0xBA }) else { return false }
        for separator in BreadcrumbTitle.separators {
            let steps = line.text.split(separator: separator, omittingEmptySubsequences: true)
            guard steps.count >= 2 else { continue }
            return steps.allSatisfy { step in
                let words = step.split(separator: " ").count
                return words >= 1 && words <= maxStepWords
            }
        }
        return false
    }

    /// A title-like line: a few words, not a sentence, no metadata; a teaser list may have taken it.
    private static func isHeadline(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        headlineWords.contains(line.wordCount) && !line.endsSentence && !line.isBullet && !ev.isMetadata && !ev.isCaption
            && (ev.isCleanOrFragment || ev.isTeaserListNoise)
    }

    /// A line of the post above its caption: clean or taken by a teaser list, no metadata.
    private static func isPostLine(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        !ev.isMetadata && !line.isBullet && (ev.isCleanOrFragment || ev.isTeaserListNoise)
    }
}
