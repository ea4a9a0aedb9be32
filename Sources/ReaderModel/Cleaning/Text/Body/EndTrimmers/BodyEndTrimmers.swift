/// A rule that moves the chosen body's end up: what it finds there (a share bar and what strands
/// under it, a post's footer, a comments notice) belongs to the page, not to the article.
protocol BodyEndTrimmer: Sendable {
    /// The body with its end moved up, or unchanged; lines the rule names are marked with its evidence.
    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int>
}

/// The end of the chosen body, trimmed: first the furniture and fragments it ends on, then each
/// `BodyEndTrimmer` in order, each on the body the one before left; last, the lines right under
/// the last paragraph that are the article's own close (`RecordClosingList`, `ClosingRemarkLine`,
/// `SignOffLines`) are given back.
enum BodyEndTrimmers {
    /// The trimmers in the order they run; each sees the body the one before left, so the order is
    /// part of the output.
    static let inOrder: [any BodyEndTrimmer.Type] = [
        DisclosureToggleTail.self, GalleryCounterTail.self, TeaserRunTail.self, SpacedHeadlineRail.self, StrandedTailTrimmer.self, PostFooterParagraph.self, ExcerptRunTail.self, CommentsLineTail.self, PaywallLineTail.self, BoxesPastCommentsLine.self,
        AuthorBoxTail.self, AuthorNoteOverLink.self, HeaderNamedAuthorBox.self, TaxonomyLineTail.self, DatedFooterLine.self, DatedFilingLine.self, BylineFilingSentence.self, PermalinkFilingSentence.self, HeadlineQuoteNote.self,
        RepeatedArticleCopy.self, PackedRunUnderRelatedHeader.self, HeadlinePairsUnderRelatedHeader.self, FurnitureGapTail.self, ClosingBylineTail.self, AboutHeadedNote.self,
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
        // A record list, a closing remark and the writer's sign-off under the last paragraph are the article's,
        // whatever the trimmers took their short lines for.
        body = RecordClosingList.widen(lines, &evidence, body: body)
        body = ClosingRemarkLine.widen(lines, &evidence, body: body)
        body = TranscriptClosingTurns.widen(lines, &evidence, body: body)
        body = ReviewRatingLine.widen(lines, &evidence, body: body)
        return SignOffLines.widen(lines, &evidence, body: body)
    }

    /// Gives the lines of `tail` no rule has claimed (clean lines and fragments) the trimmer's reason,
    /// so `--explain` says why the body ends where it does.
    static func mark(_ tail: Range<Int>, _ evidence: inout [LineEvidence], as noise: NoiseReason, rule: String) {
        for k in tail where evidence[k].isCleanOrFragment {
            evidence[k].noise = noise
            evidence[k].noiseSource = .rule(rule)
        }
    }

    /// How much prose `range` holds: its lines' positive scores, summed in order.
    static func prose(_ range: Range<Int>, scores: [Double]) -> Double {
        var prose = 0.0
        for i in range { prose += max(0, scores[i]) }
        return prose
    }

    /// The words of the lines of `range` that score as prose: how much of the article a cut there would take.
    static func proseWords(_ range: Range<Int>, _ lines: [TextLine], scores: [Double]) -> Int {
        var words = 0
        for i in range where scores[i] > 0 { words += lines[i].wordCount }
        return words
    }

    /// How many times the words a footer trimmer cuts the article above must hold in prose: a post
    /// that runs straight into its comment section's label ("Leave a Reply") ends there, so a
    /// footer-shaped last paragraph right above that label is the post's footer even on a short post.
    static func minimumProseRatio(_ ratio: Double, _ body: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Double {
        body.upperBound < lines.count && opensComments(evidence[body.upperBound]) ? ratio * aboveCommentsShare : ratio
    }

    /// The share of the prose-ratio guard left when the body runs into a comment section's label.
    static let aboveCommentsShare = 0.25

    /// A line the vocabulary names as a comment section's label.
    @inline(__always)
    static func opensComments(_ ev: LineEvidence) -> Bool {
        ev.noise == .comments && ev.noiseSource == .vocabulary
    }

    /// Where the body ends once the labels left between the article and the line cut at `end` go with
    /// it: lines above that score no prose and end no sentence.
    static func startOfTrailingLabels(_ end: Int, _ lines: [TextLine], scores: [Double], body: Range<Int>) -> Int {
        var end = end
        while end > body.lowerBound, scores[end - 1] <= 0, !lines[end - 1].endsSentence { end -= 1 }
        return end
    }
}
