/// A recognised comments header ("Add a comment", "214 Comments") closes the article. The readers'
/// comments below it can outweigh a short article, or be bridged to a long one when nothing
/// marks their own headers as furniture: the body is the prose above the header.
enum CommentSectionGuard: BodyEvidenceSource {
    static let evidence = "the article ends at the comments header"
    /// How far above the header the article may end (share bars, tags and a byline box between).
    static let maxDistance = 20
    /// How far below the header the chosen run may start (a "more stories" box between).
    static let maxLead = 25
    /// How far below a header inside the run its first dated comment header must come.
    static let maxFirstDate = 10
    /// The article above must hold this much prose, and this share of the run below.
    static let minimumProse = 20.0
    static let minimumShare = 0.15
    /// A run dated like a comment thread may outweigh the article many times over.
    static let minimumDatedShare = 0.02

    /// The run above the comments header when the heaviest run holds or follows it; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let chosen = heaviest.range
        guard !chosen.isEmpty, !isIndexPage(lines, evidence) else { return nil }
        if let inside = threadInside(lines, evidence, scores: scores, chosen: chosen) {
            // The heavier run holds the comment thread itself: it is no article past the header.
            return BodyCandidate(range: inside.body, prose: BodyCandidate.proseSum(scores, inside.body),
                                 features: [BodyFeature(evidence: inside.why, weight: .decisive, beatenRunReads: .comments)])
        }
        guard let above = articleAbove(lines, evidence, scores: scores, chosen: chosen) else { return nil }
        // The run below may outweigh the article by the inverse of the share it must hold.
        let share = above.dated ? minimumDatedShare : minimumShare
        return BodyCandidate(range: above.body, prose: BodyCandidate.proseSum(scores, above.body),
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(1 / share), beatenRunReads: .comments)])
    }

    /// The chosen run holds the article, then a comments header and dated comments: cut at the header.
    private static func threadInside(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double], chosen: Range<Int>) -> (body: Range<Int>, header: Int, why: String)? {
        guard chosen.count >= 2 else { return nil }
        for h in (chosen.lowerBound + 1)..<chosen.upperBound where isCommentsHeader(lines[h], evidence[h]) {
            let after = (h + 1)..<chosen.upperBound
            let counted = CountedCommentHeader.datedHeadersNeeded(lines[h])
            let needed = counted ?? 3
            let dated = after.first(where: { isDated(evidence[$0]) }).map { $0 - h <= maxFirstDate && datedLines(evidence, after) >= needed } ?? false
            let says = !dated && CountedCommentHeader.hasSaysLineBelow(h, lines, within: after)
            guard dated || says || UndatedCommentRun.follows(h, lines, within: after) else { continue }
            let why = says || (dated && counted != nil) ? CountedCommentHeader.evidence : dated ? Self.evidence : UndatedCommentRun.evidence
            if let earlier = heavierProseAbove(h, lines, evidence, scores: scores, chosen: chosen) {
                return (earlier, h, why + ", " + heavierAboveEvidence)
            }
            let above = chosen.lowerBound..<h
            guard BodyCandidate.proseSum(scores, above) >= minimumProse else { return nil }
            return (above, h, why)
        }
        return nil
    }

    static let heavierAboveEvidence = "the heavier prose above the run's opening (trackbacks, a reply box) chosen"

    /// The run may open with a block of its own above the header (trackback entries, a short
    /// reply box) that the thread outweighs the article with: the best stretch of prose above the
    /// header, when it starts above the run and holds more prose than the run's part above the
    /// header, and ends near the run, is the article.
    private static func heavierProseAbove(_ header: Int, _ lines: [TextLine], _ evidence: [LineEvidence],
                                          scores: [Double], chosen: Range<Int>) -> Range<Int>? {
        guard chosen.lowerBound > 0 else { return nil }
        let best = BodySegment.best(Array(scores[0..<header]), lines: lines, evidence: evidence)
        guard !best.isEmpty, best.lowerBound < chosen.lowerBound, chosen.lowerBound - best.upperBound <= maxDistance,
              BodyCandidate.proseSum(scores, best) >= minimumProse,
              BodyCandidate.proseSum(scores, best) > BodyCandidate.proseSum(scores, chosen.lowerBound..<header) else { return nil }
        return best
    }

    /// The chosen run lies below a comments header while real prose ends just above it.
    private static func articleAbove(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double], chosen: Range<Int>) -> (body: Range<Int>, dated: Bool)? {
        guard chosen.lowerBound > 0 else { return nil }
        var header: Int?
        for i in stride(from: chosen.lowerBound - 1, through: 0, by: -1) where isCommentsHeader(lines[i], evidence[i]) {
            header = i
            break
        }
        // The header must lead into the chosen run: right above it, or the run itself is dated
        // like comments. A "Comments RSS" link in a sidebar far above the article says nothing.
        let dated = datedLines(evidence, chosen) >= 3
        guard let header, chosen.lowerBound - header <= maxLead || dated else { return nil }
        let above = BodySegment.best(Array(scores[0..<header]), lines: lines, evidence: evidence)
        guard !above.isEmpty, header - above.upperBound <= maxDistance else { return nil }
        guard BodyCandidate.proseSum(scores, above) >= minimumProse else { return nil }
        return (above, dated)
    }

    /// A short line the vocabulary names as the comments section's header.
    static func isCommentsHeader(_ line: TextLine, _ evidence: LineEvidence) -> Bool {
        evidence.noise == .comments && evidence.noiseSource == .vocabulary && line.wordCount <= 6
    }

    /// Posts of an index page each link their own comments ("Comments (5 posted)", "Title [ Comment ]"):
    /// comment counts that differ, or two titles with a bracketed comment link, mean such a header
    /// ends one post, not the article. One post's count often shows twice (byline and thread).
    static func isIndexPage(_ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var count: String?
        var titled = 0
        for i in lines.indices where isCommentsHeader(lines[i], evidence[i]) {
            let words = lines[i].words
            if let number = words.first(where: isNumber) {
                if let count, count != number { return true }
                count = number
            }
            if let first = words.first, !isNumber(first), first != "comment", first != "comments",
               lines[i].text.utf8.contains(where: { $0 == 40 || $0 == 91 }) {
                titled += 1
                if titled >= 2 { return true }
            }
        }
        return false
    }

    private static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private static func isDated(_ evidence: LineEvidence) -> Bool {
        evidence.dateISO != nil || evidence.isTimestamp
    }

    static func datedLines(_ evidence: [LineEvidence], _ range: Range<Int>) -> Int {
        var count = 0
        for i in range where isDated(evidence[i]) { count += 1 }
        return count
    }
}
