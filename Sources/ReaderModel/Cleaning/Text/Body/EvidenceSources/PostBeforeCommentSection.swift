/// A post of a line or two under its headline, then the page's comment section (a comments header,
/// an empty thread, a reply form), then a sidebar blurb: the blurb is the heaviest run, yet the post
/// is the article. Its lines are too short to score as prose, so the post is weighed by its words,
/// with the comment section's share rule: the run past the section may outweigh it by the inverse
/// of the share `CommentSectionGuard` asks of an article above a comments header.
enum PostBeforeCommentSection: BodyEvidenceSource {
    static let evidence = "short post under its headline, ending at the comment section below it"
    /// The post holds at most this many lines between its headline and the comments header.
    static let maxLines = 12
    /// The post's own lines must hold this many words.
    static let minimumWords = 8
    /// Furniture lines between the comments header and the heavier run (a reply form, "no comments
    /// yet"): a comments count in an article's header has the article right under it instead.
    static let minimumSectionLines = 3

    /// The post above the page's first comments header when the heavier run lies past that section.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard chosen.lowerBound > 2,
              let header = (1..<chosen.lowerBound).first(where: { CommentSectionGuard.isCommentsHeader(lines[$0], evidence[$0]) })
        else { return nil }
        let dated = CommentSectionGuard.datedLines(evidence, chosen) >= 3
        // Right past the section the heavier run reads as its thread or its form's blurb; further
        // down it is the sidebar's or footer's, which outweighs a post only a few times over.
        let near = chosen.lowerBound - header <= CommentSectionGuard.maxLead || dated
        var section = 0
        for i in (header + 1)..<chosen.lowerBound {
            if evidence[i].noise != nil { section += 1 }
            // A headline over its byline or date past the header starts another article (the heavier run's own).
            if evidence[i].byline != nil || HeaderMetadataLine.matches(i, lines, evidence)
                && TextMetadataExtractor.isTitleCandidate(lines[i - 1], evidence[i - 1]) { return nil }
        }
        let hasSection = section >= minimumSectionLines || dated
        // The clean lines right above the header, up to the headline; a longer run is no short post.
        var top = header
        while top > 0, evidence[top - 1].isCleanOrFragment {
            top -= 1
            if header - top > maxLines + 1 { return nil }
        }
        // A line ending in a colon leads into a list below it: it heads no post.
        guard let headline = (top..<header).first(where: { ArticleHeadline.matches(lines[$0], evidence[$0]) }),
              lines[headline].text.last != ":", lines[headline].text.last != "：" else { return nil }
        // Without a section, the post must stand under a header of its own and the label must open a
        // reply form rather than count comments (a count sits in an article's header, over its text).
        let anchored = !hasSection && HeadedPostOverReplyLabel.holds(headline: headline, label: header, lines, evidence)
        guard hasSection || anchored else { return nil }
        // An anchored post starts under its header's date or byline line, which is the header's, not the post's.
        let post = (anchored ? headline + 2 : headline + 1)..<header
        let words = postWords(lines, evidence, post)
        guard words >= minimumWords, !CommentSectionGuard.isIndexPage(lines, evidence) else { return nil }
        let factor = dated ? 1 / CommentSectionGuard.minimumDatedShare
            : near && !anchored ? 1 / CommentSectionGuard.minimumShare : ArticleBeforeEndMarkers.maxRatio
        let note = anchored ? HeadedPostOverReplyLabel.evidence : Self.evidence
        return BodyCandidate(range: post, prose: Double(words),
                             features: [BodyFeature(evidence: note, weight: .factor(factor), keepsShortLines: true)])
    }

    /// The words of a short post's own lines: clean, no byline or date. Its lines are too short to
    /// score as prose, so a post is weighed by these.
    static func postWords(_ lines: [TextLine], _ evidence: [LineEvidence], _ post: Range<Int>) -> Int {
        var words = 0
        for i in post where evidence[i].noise == nil && !evidence[i].isMetadata { words += lines[i].wordCount }
        return words
    }
}
