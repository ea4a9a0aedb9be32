/// A line the vocabulary names as part of a comment section ("Comments are closed", "Leave a
/// comment", "Reader comments 12") inside the chosen run, with only a little prose after it, ends
/// the article: what follows is the section's notice, a form's help text or a site blurb, never
/// the article's own end, which a real comments section would come after.
enum CommentsLineTail: BodyEndTrimmer {
    static let evidence = "after a comments line that little prose follows"
    /// The prose after the line holds at most this many words...
    static let maxWordsAfter = 100
    /// ...and at most this share of the prose before it.
    static let maxShareAfter = 0.3

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        var before = 0.0
        for c in body {
            if scores[c] > 0 { before += scores[c] }
            guard isCommentsLine(evidence[c]), before > 0 else { continue }
            let after = BodyEndTrimmers.proseWords((c + 1)..<body.upperBound, lines, scores: scores)
            guard after > 0 else { return body }
            guard after <= maxWordsAfter, Double(after) <= maxShareAfter * before else { continue }
            // The article's own last lines above the marker stay; trailing labels go with it.
            let end = BodyEndTrimmers.startOfTrailingLabels(c, lines, scores: scores, body: body)
            BodyEndTrimmers.mark(c..<body.upperBound, &evidence, as: .comments, rule: Self.evidence)
            return body.lowerBound..<end
        }
        return body
    }

    /// A line the vocabulary names as part of a comment section (`BoxesPastCommentsLine` reads it too).
    @inline(__always)
    static func isCommentsLine(_ ev: LineEvidence) -> Bool {
        ev.noise == .comments && ev.noiseSource == .vocabulary
    }
}
