/// One reader's long comment can be the heaviest run of a page whose story is a paragraph or two:
/// the thread around it is labelled comment by comment, but a comment with no furniture of its own
/// scores as prose. Such a run sits among comment lines on both sides, far below the comment
/// section's header; the article is the prose that ends just above the first comments header with
/// prose close above it, weighed with the comment section's share rule (`CommentSectionGuard`).
/// Comment headers carrying differing counts ("Re: (Score:3)", "Re: (Score:2)") do not make such a
/// page an index of posts here: the comment lines on both sides of the run already say it is a thread.
enum RunInsideCommentThread: BodyEvidenceSource {
    static let evidence = "the heavier run is a comment inside the thread; the article ends at the thread's header"
    /// How many lines on each side of the heavier run are looked at.
    static let window = 8

    /// The run above the thread's header when the heaviest run sits among comment lines; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let run = heaviest.range
        guard !run.isEmpty, run.lowerBound > 0, run.upperBound < lines.count else { return nil }
        guard amongComments(max(0, run.lowerBound - window)..<run.lowerBound, evidence),
              amongComments(run.upperBound..<min(lines.count, run.upperBound + window), evidence) else { return nil }
        // The first comments header with the article's prose ending close above it opens the thread;
        // headers before it belong to the page's menus.
        for header in 0..<run.lowerBound where CommentSectionGuard.isCommentsHeader(lines[header], evidence[header]) {
            let above = BodySegment.best(Array(scores[0..<header]), lines: lines, evidence: evidence)
            guard !above.isEmpty, header - above.upperBound <= CommentSectionGuard.maxDistance,
                  BodyCandidate.proseSum(scores, above) >= CommentSectionGuard.minimumProse else { continue }
            return BodyCandidate(range: above, prose: BodyCandidate.proseSum(scores, above),
                                 features: [BodyFeature(evidence: Self.evidence, weight: .factor(1 / CommentSectionGuard.minimumShare),
                                                        beatenRunReads: .comments)])
        }
        return nil
    }

    /// At least half the lines of `range` are labelled as comments.
    private static func amongComments(_ range: Range<Int>, _ evidence: [LineEvidence]) -> Bool {
        var comments = 0
        for i in range where evidence[i].noise == .comments { comments += 1 }
        return !range.isEmpty && comments * 2 >= range.count
    }
}
