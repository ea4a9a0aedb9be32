/// A post of a few paragraphs that runs into a long list of short lines (places, names, links)
/// ends far above its comments header, so `CommentSectionGuard` finds no article near enough and
/// the comment thread below, heavier, wins. The list reaching down to the header closes that gap:
/// the prose with its list is the article, weighed by the comment section's share rule.
enum ListPostBeforeCommentSection: BodyEvidenceSource {
    static let evidence = "post whose list runs down to the comments header; the thread below is past its end"
    /// The list holds at least this many lines.
    static let minimumListLines = 8
    /// A list item holds at most this many words.
    static let maxItemWords = 8
    /// Lines between the list's last item and the comments header (a share bar, a count).
    static let maxFooterLines = 4
    /// The prose above the list ends this close above its first item (a lead-in line between).
    static let maxLeadIn = 3

    /// The prose and its list above the comments header that leads into the heaviest run; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard chosen.lowerBound > minimumListLines,
              let header = stride(from: chosen.lowerBound - 1, through: 0, by: -1).first(where: {
                  CommentSectionGuard.isCommentsHeader(lines[$0], evidence[$0])
              }) else { return nil }
        let dated = CommentSectionGuard.datedLines(evidence, chosen) >= 3
        guard chosen.lowerBound - header <= CommentSectionGuard.maxLead || dated else { return nil }
        // The list's last item, under at most a short footer.
        guard let last = stride(from: header - 1, through: max(0, header - 1 - maxFooterLines), by: -1).first(where: {
            isItem(lines[$0], evidence[$0])
        }) else { return nil }
        var first = last
        while first > 0, isItem(lines[first - 1], evidence[first - 1]) { first -= 1 }
        guard last - first + 1 >= minimumListLines else { return nil }
        let prose = BodySegment.best(Array(scores[0..<first]))
        guard !prose.isEmpty, first - prose.upperBound <= maxLeadIn,
              BodyCandidate.proseSum(scores, prose) >= CommentSectionGuard.minimumProse,
              !CommentSectionGuard.isIndexPage(lines, evidence) else { return nil }
        let post = prose.lowerBound..<(last + 1)
        let share = dated ? CommentSectionGuard.minimumDatedShare : CommentSectionGuard.minimumShare
        return BodyCandidate(range: post, prose: BodyCandidate.proseSum(scores, prose),
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(1 / share),
                                                    beatenRunReads: .comments, keepsShortLines: true)])
    }

    /// A short line no evidence marks as furniture (a name also in the sidebar, a caption aside),
    /// or the line ending in a colon that leads into the next part of the list.
    private static func isItem(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        let leadsIn = line.text.last == ":" || line.text.last == "："
        guard line.wordCount >= 1, line.wordCount <= maxItemWords || leadsIn, !ev.isMetadata else { return false }
        return ev.isCleanOrFragment || ev.isInPageRepeatNoise
    }
}
