/// A sentence ending in a colon announces what follows it ("The team describes their project:",
/// "Here is what happened last week:"). When what follows is a paragraph of the article, the
/// sentence opens it and belongs to the article, although nothing before it reads as prose: it
/// may stand right under a video's label or right above the body's first line, where the body's
/// run, chosen by its paragraphs, does not reach.
enum LeadInAboveProse {
    static let evidence = "sentence ending in a colon right above the article's text it introduces"
    /// The fewest words of a lead-in sentence above the body; a "Tags:" or "Share this:" label has fewer.
    static let minimumWords = 5
    /// Short clean lines (a date heading, a label) that may stand between the lead-in and the body.
    static let maximumGap = 2

    /// Line `i + 1` is a clean paragraph of the body: `i`, a lead-in, introduces prose.
    @inline(__always)
    static func introducesProse(_ i: Int, _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        guard i + 1 < body.upperBound else { return false }
        let next = evidence[i + 1]
        return next.noise == nil && !next.isCaption && !next.isMetadata && next.shape != .short
    }

    /// The body widened up over a lead-in sentence right above its first line (past at most
    /// `maximumGap` short clean lines), marked; the body unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard !body.isEmpty, evidence[body.lowerBound].noise == nil, evidence[body.lowerBound].shape != .short else { return body }
        var k = body.lowerBound - 1
        while k >= 0, body.lowerBound - k <= maximumGap + 1 {
            let ev = evidence[k]
            guard ev.noise == nil, !ev.isCaption, !ev.isMetadata, !ev.isTimestamp else { return body }
            if ev.shape != .short {
                guard lines[k].wordCount >= minimumWords, ArticleList.isLeadIn(k, lines, evidence, isProse: true) else { return body }
                evidence[k].keptNote = Self.evidence
                return k..<body.upperBound
            }
            k -= 1
        }
        return body
    }
}
