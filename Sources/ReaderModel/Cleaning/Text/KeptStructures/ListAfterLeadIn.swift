/// A post that ends in a list ("in this session we cover:" and its points) has no paragraph after
/// the list, so the body's maximum-sum run stops at the lead-in and the end-of-body trim drops the
/// items as short fragments. The lead-in's colon and a glued block of clean short lines right
/// under it say the list is the post's own; a share row or a menu is not announced by a paragraph.
enum ListAfterLeadIn {
    static let evidence = "list closing the body under a paragraph ending in a colon"
    /// The fewest items that make a list, and the most the body is widened by.
    static let minimumItems = 2
    static let maximumItems = ListItemRun.maximumReach

    /// The body widened over the list its last line leads into, or unchanged.
    static func extend(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let bodyLast = body.last else { return body }
        // A lead-in too short to count as prose (no closing stop) is left just outside the run.
        let last = isLeadIn(bodyLast, lines, evidence) ? bodyLast : bodyLast + 1
        guard last < lines.count, isLeadIn(last, lines, evidence) else { return body }
        var end = last + 1
        while end < lines.count, end - last <= maximumItems, isItem(end, lines, evidence),
              end == last + 1 || !lines[end].blankBefore { end += 1 }
        guard end - last - 1 >= minimumItems else { return body }
        for i in (last + 1)..<end where evidence[i].keptNote == nil { evidence[i].keptNote = Self.evidence }
        return body.lowerBound..<end
    }

    /// A clean line of prose closing with a colon.
    @inline(__always)
    private static func isLeadIn(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        return ev.noise == nil && ev.shape != .short && !ev.isCaption && !ev.isMetadata && ListItemRun.endsWithColon(lines[i].text)
    }

    /// A clean short line that is not itself a lead-in or a label of its own block.
    @inline(__always)
    private static func isItem(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        return ev.noise == nil && !ev.isCaption && !ev.isMetadata && !ev.isTimestamp && ev.shape == .short
            && !ListItemRun.endsWithColon(lines[i].text)
    }
}
