/// The site's footer (a copyright line among the legal and "powered by" links) ends the page as
/// the reader sees it; a select-all copy goes on past it into what the page keeps hidden (a video
/// player's pop-up notes, a login dialog, a modal's blurb). Such text may outweigh a short
/// article, yet it is never the article: when the heaviest run starts right under the footer, the
/// best run above the footer is the article, as a run past its end markers is judged by
/// `ArticleBeforeEndMarkers`: the hidden text may outweigh it at most `maxRatio` times.
enum RunPastSiteFooter: BodyEvidenceSource {
    static let evidence = "the article above the site's footer (a copyright line among legal links); the heavier run lies past it"
    /// The run past the footer may outweigh the article by at most this much.
    static let maxRatio = ArticleBeforeEndMarkers.maxRatio
    /// The heaviest run starts at most this many lines under the copyright line.
    static let maxLead = 12
    /// The footer's links sit within this many lines of the copyright line...
    static let footerReach = 6
    /// ...and this many of them, the copyright line included, are navigation by their words.
    static let minimumFooterLines = 3
    /// A copyright line holds at most this many words.
    static let maxCopyrightWords = 20
    /// The article above must hold this much prose.
    static let minimumProse = 20.0

    /// The best run above the footer when the heaviest run starts right under it; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard !chosen.isEmpty, chosen.lowerBound > 1 else { return nil }
        guard let footer = stride(from: chosen.lowerBound - 1, through: max(0, chosen.lowerBound - maxLead), by: -1)
            .first(where: { isCopyright(lines[$0], evidence[$0]) && isFooter(around: $0, lines, evidence) }) else { return nil }
        let above = BodySegment.best(Array(scores[0..<footer]), lines: lines, evidence: evidence)
        let prose = BodyCandidate.proseSum(scores, above)
        guard !above.isEmpty, prose >= minimumProse else { return nil }
        return BodyCandidate(range: above, prose: prose, features: [BodyFeature(evidence: Self.evidence, weight: .factor(maxRatio))])
    }

    /// A short line the vocabulary names as navigation that carries the copyright sign or word.
    static func isCopyright(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.noise == .navigation, ev.noiseSource == .vocabulary, line.wordCount <= maxCopyrightWords else { return false }
        // Scalars, not Foundation's substring search: this runs on every line.
        return line.text.unicodeScalars.contains("©") || line.words.contains("copyright")
    }

    /// The copyright line at `i` stands among other navigation lines named by their words (legal links, "powered by").
    private static func isFooter(around i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var count = 0
        for k in max(0, i - footerReach)...min(lines.count - 1, i + footerReach)
        where evidence[k].noise == .navigation && evidence[k].noiseSource == .vocabulary {
            count += 1
        }
        return count >= minimumFooterLines
    }
}
