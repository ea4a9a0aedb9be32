/// A post with a single reader comment shows one comment unit, which no thread rule (two or three
/// units in a row) accepts: a "Name says:" header over its date line, then the comment's text. Under a
/// comments header, or closed by a reply line, that one unit is the comment section all the same.
enum LoneComment {
    /// `--explain` evidence for the lines of such a comment.
    static let evidence = "a lone comment: \"says:\" header over its date, under a comments header or closed by a reply line"
    /// How far above the "says:" header the comments header may stand.
    static let maxHeaderLead = 4
    /// How far below the "says:" header its date line must come.
    static let maxDateLead = 2
    /// Longest comment, in lines, up to its reply line; without one, up to the end of its clean lines.
    static let maxLines = 25

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence], _ marks: [CommentThreadDetector.Mark]) {
        for s in marks.indices where marks[s] == .saysHeader {
            let dateWindow = (s + 1)..<min(lines.count, s + 1 + maxDateLead)
            guard let date = dateWindow.last(where: { marks[$0] == .timedHeader }) else { continue }
            let headerWindow = max(0, s - maxHeaderLead)..<s
            let header = headerWindow.last { CommentSectionGuard.isCommentsHeader(lines[$0], evidence[$0]) }
            let limit = min(lines.count, s + 1 + maxLines)
            let action = ((date + 1)..<limit).first { marks[$0] == .action || marks[$0] == .saysHeader || marks[$0] == .timedHeader }
                .flatMap { marks[$0] == .action ? $0 : nil }
            guard header != nil || action != nil else { continue }
            var end = date
            if let action {
                end = action
            } else {
                while end + 1 < limit, marks[end + 1] == .none, evidence[end + 1].isCleanOrFragment
                    || evidence[end + 1].isMetadata { end += 1 }
            }
            for i in (header ?? s)...end where evidence[i].noise == nil || evidence[i].noise == .feed
                || evidence[i].noise == .repeated || evidence[i].noise == .fragment {
                evidence[i].noise = .comments
                evidence[i].noiseSource = .rule(Self.evidence)
                evidence[i].isCaption = false
            }
        }
    }
}
