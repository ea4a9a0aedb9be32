/// A rule that moves the chosen body's end up: what it finds there (a share bar and what strands
/// under it, a post's footer, a comments notice) belongs to the page, not to the article.
protocol BodyEndTrimmer: Sendable {
    /// The body with its end moved up, or unchanged; lines the rule names are marked with its evidence.
    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int>
}

/// The end of the chosen body, trimmed: first the furniture and fragments it ends on, then each
/// `BodyEndTrimmer` in order, each on the body the one before left.
enum BodyEndTrimmers {
    /// The trimmers in the order they run; each sees the body the one before left, so the order is
    /// part of the output.
    static let inOrder: [any BodyEndTrimmer.Type] = [
        TeaserRunTail.self, StrandedTailTrimmer.self, PostFooterParagraph.self, CommentsLineTail.self, AuthorBioTail.self,
        TaxonomyLineTail.self, DatedFooterLine.self,
    ]

    /// `keepsShortLines` says the body was chosen for its short lines (`BodyFeature.keepsShortLines`),
    /// which its end then keeps.
    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>,
                     keepsShortLines: Bool) -> Range<Int> {
        var body = body
        // Teasers at the end of the body no longer belong to it.
        while let last = body.last, evidence[last].noise != nil || evidence[last].isCaption
            || (!keepsShortLines && evidence[last].shape == .short && !lines[last].endsSentence) {
            body = body.lowerBound..<last
        }
        for trimmer in inOrder { body = trimmer.trim(lines, &evidence, scores: scores, body: body) }
        return body
    }
}
