/// A lead paragraph printed between the headline (or its summary) and the byline and date block,
/// with the article's first paragraph under that block. The block (and a share bar or photo
/// caption beside it) parts the lead from the run the body was chosen as, so the lead is left
/// in the header as an unexplained line. It is the article's: it stands right under the
/// headline or the standfirst, it is prose, and only the header's own furniture (the byline,
/// the date, share buttons, a comment count, a caption) stands between it and the body.
/// Shape and place only: no words are read, so it works in any language.
enum LeadAboveBylineBlock {
    static let evidence = "lead paragraph under the headline, above the byline and date block that opens the body"
    /// At most this many lines of the block stand between the lead and the body.
    static let maximumBlockLines = 8

    /// The lead's line index, when the head holds one.
    static func index(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>, meta: TextMetadata) -> Int? {
        guard let above = meta.standfirstIndex ?? meta.titleIndex else { return nil }
        let lead = above + 1
        // One line of the block at least, and not too many.
        guard lead + 1 < body.lowerBound, body.lowerBound - lead - 1 <= maximumBlockLines else { return nil }
        let ev = evidence[lead]
        guard ev.noise == nil, !ev.isCaption, !ev.isMetadata, ev.shape != .short, ev.listItem == nil,
              lead != meta.bylineIndex, lead != meta.dateIndex, lead != meta.publisherIndex else { return nil }
        var bylineOrDate = false
        for k in lead + 1..<body.lowerBound {
            if k == meta.bylineIndex || k == meta.dateIndex {
                bylineOrDate = true
            } else if k == meta.publisherIndex || evidence[k].isCaption && evidence[k].noise == nil
                        || ShareBarAboveRun.isBarLine(lines[k], evidence[k]) {
                continue
            } else {
                return nil
            }
        }
        return bylineOrDate ? lead : nil
    }
}
