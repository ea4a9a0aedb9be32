/// A kind of structural evidence that may name a run other than the heaviest one as the article.
/// Each proposes at most one candidate, judged against the heaviest run; `BodyChoice` weighs them
/// all at once, so a new kind of evidence is one new source, not one more override pass.
protocol BodyEvidenceSource: Sendable {
    /// The run this evidence speaks for, with its feature; nil when the evidence is absent.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate?
}
