/// A list written into the article ("The following schools are closed:" and a bulleted list of
/// names) has the shape of a teaser block: glued, capitalised, unpunctuated lines. What makes it the
/// article's own is the sentence that introduces it: a clean line of several words ending in a
/// colon, right under a paragraph of prose (or under another such list). Such runs are given back
/// to the article before the body is scored, so that they neither split the body nor end it.
enum ListUnderProseLeadIn {
    static let evidence = "list under a lead-in sentence ending in a colon, right after a paragraph (not a teaser list)"
    /// A lead-in sentence has this many words; a "Related:" or "More:" label has fewer.
    static let minimumLeadInWords = 5
    /// How many lines above the lead-in its paragraph (or the list before) may end.
    static let maxParagraphLead = 2

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var previousListEnd = -1
        var i = 1
        while i < lines.count {
            guard isTeaserListLine(evidence[i]), !isTeaserListLine(evidence[i - 1]) else { i += 1; continue }
            var end = i
            while end < lines.count, isTeaserListLine(evidence[end]) { end += 1 }
            let leadIn = i - 1
            if isLeadIn(leadIn, lines, evidence), follows(leadIn, previousListEnd: previousListEnd, lines, evidence) {
                for k in i..<end {
                    evidence[k].noise = nil
                    evidence[k].noiseSource = nil
                    evidence[k].keptNote = Self.evidence
                    evidence[k].listItem = .underLeadIn
                }
                previousListEnd = end
            }
            i = end
        }
    }

    private static func isTeaserListLine(_ ev: LineEvidence) -> Bool {
        ev.noise == .related && ev.noiseSource?.isTeaserList == true
    }

    /// A clean sentence of several words ending in a colon, no header or label.
    private static func isLeadIn(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        return ev.noise == nil && !ev.isCaption && !ev.isMetadata && lines[i].wordCount >= minimumLeadInWords
            && ListMarker.endsWithColon(lines[i].text)
    }

    /// A paragraph of prose, or a list given back just before, ends right above the lead-in.
    private static func follows(_ leadIn: Int, previousListEnd: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        for k in stride(from: leadIn - 1, through: max(0, leadIn - maxParagraphLead), by: -1) {
            if k + 1 == previousListEnd { return true }
            if evidence[k].noise == nil, evidence[k].shape == .good { return true }
        }
        return false
    }
}
