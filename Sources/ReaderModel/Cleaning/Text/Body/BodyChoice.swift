/// Chooses the article's run of lines once: the heaviest run as scored and every run that
/// structural evidence speaks for are weighed by their features, the winner's start is then set
/// under the article's own header. The winner's lines and the beaten heaviest run's lines carry
/// the evidence and the numbers for `--explain`.
enum BodyChoice {
    /// The kinds of evidence that may name another run; on a tie the later one wins.
    static let sources: [any BodyEvidenceSource.Type] = [
        CommentSectionGuard.self, ArticleBeforeEndMarkers.self, RunPastSiteFooter.self, ShortArticleUnderHeader.self,
        PostNamedByCommentsHeader.self, PostBeforeCommentSection.self, PostBelowLoneParagraph.self, ListPostBeforeCommentSection.self,
        VersePost.self, RunInsideCommentThread.self, RunUnderArticleHeader.self, RunInDatedPostFrame.self, ContentsListedSections.self,
        DenseRunOverFeed.self,
    ]

    /// The kinds of header evidence that may set where the chosen run starts; the deepest start wins.
    static let startSources: [any BodyStartSource.Type] = [ArticleHeader.self, BreadcrumbAnchoredHeader.self, ReadMoreTeasersAboveHeader.self]

    /// The chosen body, with the lines the choice settles marked, and whether its short lines are its own.
    static func choose(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double])
        -> (body: Range<Int>, keepsShortLines: Bool) {
        let heaviest = BodyCandidate.heaviest(BodySegment.best(scores, lines: lines, evidence: evidence), scores: scores)
        var winner = heaviest
        for source in sources {
            guard let candidate = source.candidate(lines, evidence, scores: scores, heaviest: heaviest),
                  beats(candidate, winner) else { continue }
            winner = candidate
        }
        if winner.range != heaviest.range { mark(winner, over: heaviest, lines, &evidence) }
        let keepsShortLines = winner.features.contains { $0.keepsShortLines }
        return (start(of: winner.range, lines, &evidence), keepsShortLines)
    }

    /// The run from under the article's own header, when header evidence inside it says where that is.
    private static func start(of run: Range<Int>, _ lines: [TextLine], _ evidence: inout [LineEvidence]) -> Range<Int> {
        var deepest: BodyStart?
        for source in startSources {
            guard let start = source.start(lines, evidence, run: run), start.line > (deepest?.line ?? run.lowerBound) else { continue }
            deepest = start
        }
        guard let deepest else { return run }
        for i in deepest.chrome where evidence[i].noise == nil {
            evidence[i].noise = deepest.chromeReason
            evidence[i].noiseSource = .rule(deepest.evidence)
        }
        return deepest.line..<run.upperBound
    }

    /// A decisive feature beats any weight; otherwise the higher standing wins, the challenger on a tie.
    static func beats(_ challenger: BodyCandidate, _ holder: BodyCandidate) -> Bool {
        let decisive = challenger.isDecisive
        if decisive != holder.isDecisive { return decisive }
        return decisive || challenger.standing >= holder.standing
    }

    /// The winner's clean lines say why they won; the beaten run's lines say what they are, when the
    /// winning evidence names it.
    private static func mark(_ winner: BodyCandidate, over heaviest: BodyCandidate, _ lines: [TextLine],
                             _ evidence: inout [LineEvidence]) {
        guard let feature = winner.features.first else { return }
        let comparison = compared(winner, heaviest, lines)
        let kept = feature.evidence + "; chosen over " + comparison
        for i in winner.range where evidence[i].noise == nil && evidence[i].keptNote == nil {
            evidence[i].keptNote = kept
            // Its short lines are the post's own, not fragments between paragraphs.
            if feature.keepsShortLines, !evidence[i].isCaption, !evidence[i].isMetadata { evidence[i].isShortPostLine = true }
        }
        guard let reads = feature.beatenRunReads else { return }
        let beaten = feature.evidence + "; beaten: " + comparison
        for i in heaviest.range where !winner.range.contains(i) && evidence[i].isCleanOrFragment {
            evidence[i].noise = reads
            evidence[i].noiseSource = .rule(beaten)
        }
    }

    /// "lines 40-52 (prose 58 against 22 x3)": the heavier run and why it lost.
    private static func compared(_ winner: BodyCandidate, _ heaviest: BodyCandidate, _ lines: [TextLine]) -> String {
        var text = "the heavier run"
        if let first = heaviest.range.first, let last = heaviest.range.last {
            text += " at lines " + String(lines[first].lineNumber) + "-" + String(lines[last].lineNumber)
        }
        text += " (prose " + String(Int(heaviest.prose.rounded())) + " against " + String(Int(winner.prose.rounded()))
        for feature in winner.features {
            switch feature.weight {
            case .factor(let f): text += " x" + String(Double(Int(f * 10)) / 10)
            case .decisive: text += ", decisive"
            }
        }
        return text + ")"
    }
}
