/// A paywall prompt copied under a paywalled article's lead: a line the vocabulary names as the
/// paywall's ("This article is for subscribers", "Denne artikkelen er for abonnenter") inside the
/// chosen run, with only a little prose after it (the offer, a "log in" line, the renewal terms),
/// ends the article. A subscriber's copy of the whole story has no such line, and an appeal set
/// between paragraphs has the story's prose under it, which the share guard keeps.
enum PaywallLineTail: BodyEndTrimmer {
    static let evidence = "after a paywall line that little prose follows (the prompt under a paywalled lead)"
    /// The prose after the line holds at most this many words...
    static let maxWordsAfter = 60
    /// ...and at most this share of the prose words before it (words against words: the
    /// line scores are no word counts).
    static let maxShareAfter = 0.5

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        var before = 0
        for c in body {
            if scores[c] > 0 { before += lines[c].wordCount }
            guard evidence[c].noise == .paywall, evidence[c].noiseSource == .vocabulary, before > 0 else { continue }
            let after = BodyEndTrimmers.proseWords((c + 1)..<body.upperBound, lines, scores: scores)
            guard after <= maxWordsAfter, Double(after) <= maxShareAfter * Double(before) else { continue }
            let end = BodyEndTrimmers.startOfTrailingLabels(c, lines, scores: scores, body: body)
            BodyEndTrimmers.mark(c..<body.upperBound, &evidence, as: .paywall, rule: Self.evidence)
            return body.lowerBound..<end
        }
        return body
    }
}
