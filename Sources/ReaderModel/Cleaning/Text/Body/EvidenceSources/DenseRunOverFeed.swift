/// A news feed's teasers each carry a one-paragraph summary between a headline, a source and a
/// comment count: summed, a long feed outweighs an article, yet no two of its paragraphs stand
/// together. An article reads as paragraphs in a row. When the heaviest run is such a feed (most of
/// its paragraphs stand alone, the largest group holds little of its prose) and elsewhere on the
/// page a run of at least `minimumParagraphs` consecutive paragraphs sits right under its own header
/// (a headline over a byline or date line), that run is the article, as a modal opened over the
/// feed shows it at the copy's end: it counts `factor` times against the feed.
enum DenseRunOverFeed: BodyEvidenceSource {
    /// The dense run's prose counts this many times against the feed.
    static let factor = 2.0
    /// The article holds at least this many paragraphs in a row.
    static let minimumParagraphs = 5
    /// The feed holds at least this many groups of paragraphs...
    static let minimumIslands = 4
    /// ...of which at least this share are a single paragraph...
    static let loneShare = 2.0 / 3.0
    /// ...and its largest group holds at most this share of its prose.
    static let maxIslandShare = 1.0 / 3.0
    /// The dense run holds at least this many times the prose of the feed's largest group.
    static let densityRatio = 2.0
    /// The header's metadata line sits at most this many lines above the run (a photo strip's
    /// counter, captions and a comment count may come between).
    static let maxLead = 8
    /// How far down from its first paragraph the run is looked for.
    static let span = 120

    /// A stretch of consecutive paragraphs: lines that score as prose with nothing but captions between.
    struct Island: Equatable {
        var range: Range<Int>
        var paragraphs: Int
        var prose: Double
    }

    /// The dense run under its header when the heaviest run is a feed of lone paragraphs; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard chosen.count >= minimumIslands * 2 else { return nil }
        let feed = islands(in: chosen, scores: scores, evidence)
        guard feed.count >= minimumIslands, let largest = feed.map(\.prose).max() else { return nil }
        let lone = feed.filter { $0.paragraphs == 1 }.count
        guard Double(lone) >= Double(feed.count) * loneShare, largest <= heaviest.prose * maxIslandShare else { return nil }
        // The densest stretch elsewhere on the page.
        let outside = islands(in: 0..<chosen.lowerBound, scores: scores, evidence)
            + islands(in: chosen.upperBound..<lines.count, scores: scores, evidence)
        guard let dense = outside.filter({ $0.paragraphs >= minimumParagraphs }).max(by: { $0.prose < $1.prose }),
              dense.prose >= largest * densityRatio,
              hasHeader(above: dense.range.lowerBound, lines, evidence) else { return nil }
        let window = dense.range.lowerBound..<min(lines.count, dense.range.lowerBound + span)
        let best = BodySegment.best(Array(scores[window]))
        var run = (best.lowerBound + window.lowerBound)..<(best.upperBound + window.lowerBound)
        if run.lowerBound < chosen.lowerBound { run = run.lowerBound..<min(run.upperBound, chosen.lowerBound) }
        guard run.contains(dense.range.lowerBound), !run.overlaps(chosen) else { return nil }
        let evidence = "a run of " + String(dense.paragraphs) + " paragraphs in a row under its own headline and byline or date; "
            + "the heavier run is a feed of " + String(feed.count) + " groups, " + String(lone) + " of them a lone paragraph"
        return BodyCandidate(range: run, prose: BodyCandidate.proseSum(scores, run),
                             features: [BodyFeature(evidence: evidence, weight: .factor(factor), beatenRunReads: .related)])
    }

    /// The stretches of consecutive paragraphs in `range`: a line that scores nothing or less ends
    /// one, a caption does not.
    static func islands(in range: Range<Int>, scores: [Double], _ evidence: [LineEvidence]) -> [Island] {
        var result: [Island] = []
        var current: Island?
        for i in range {
            if scores[i] > 0 {
                if current == nil { current = Island(range: i..<i, paragraphs: 0, prose: 0) }
                current!.range = current!.range.lowerBound..<(i + 1)
                current!.paragraphs += 1
                current!.prose += scores[i]
            } else if !evidence[i].isCaption, let island = current {
                result.append(island)
                current = nil
            }
        }
        if let current { result.append(current) }
        return result
    }

    /// An article header's metadata line (a byline or date line under a headline, the date maybe
    /// glued to its source) stands at most `maxLead` lines above line `first`.
    static func hasHeader(above first: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        stride(from: first - 1, through: max(0, first - maxLead), by: -1).contains {
            HeaderMetadataLine.isArticleHeader($0, lines, evidence, allowing: .cleanOrRepeated,
                                               headlineWords: ArticleHeadline.minimumWords)
        }
    }
}
