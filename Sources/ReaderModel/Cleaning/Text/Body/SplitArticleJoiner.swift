/// Joins the pieces of one long document that a block of links parted: a reading list, a table of
/// contents or a reference list in the middle of an essay gives a long run of lines that add
/// nothing, and `BodySegment` would keep only the larger half. A neighbouring piece is the same
/// text when it holds prose of the same order as the chosen one and the gap between carries no
/// sign that the article has ended (comments, a feed, an appeal, a date or byline heading a
/// teaser).
enum SplitArticleJoiner {
    /// The neighbour must hold at least this share of the chosen piece's prose, and this much at least.
    static let minimumShare = 0.35
    static let minimumProse = 120.0

    /// The widened first and last piece indices.
    static func widen(_ pieces: [Range<Int>], first: Int, last: Int, scores: [Double], lines: [TextLine],
                      evidence: [LineEvidence]) -> (first: Int, last: Int) {
        var first = first
        var last = last
        var chosen = prose(pieces[first].lowerBound..<pieces[last].upperBound, scores)
        while first > 0 {
            let candidate = prose(pieces[first - 1], scores)
            guard joins(candidate, chosen, piece: pieces[first - 1], gap: pieces[first - 1].upperBound..<pieces[first].lowerBound, lines, evidence) else { break }
            first -= 1
            chosen += candidate
        }
        while last + 1 < pieces.count {
            let candidate = prose(pieces[last + 1], scores)
            guard joins(candidate, chosen, piece: pieces[last + 1], gap: pieces[last].upperBound..<pieces[last + 1].lowerBound, lines, evidence) else { break }
            last += 1
            chosen += candidate
        }
        return (first, last)
    }

    private static func joins(_ candidate: Double, _ chosen: Double, piece: Range<Int>, gap: Range<Int>, _ lines: [TextLine],
                              _ evidence: [LineEvidence]) -> Bool {
        guard candidate >= minimumProse, candidate >= chosen * minimumShare else { return false }
        // A label the page repeats (a gallery's "Back", a share bar's "Copy link") is a widget set
        // into the article, unless teasers stand beside it: then the gap is the page's sidebar.
        var repeatsLabels = false
        var holdsTeasers = false
        for i in gap {
            let ev = evidence[i]
            if ev.isTimestamp || ev.byline != nil || ev.dateISO != nil { return false }
            if ev.isInPageRepeatNoise { repeatsLabels = true; continue }
            if ev.isHeavyNoise { return false }
            // A "Related" or "Comments" header says the article ended there: what follows is another block.
            if ev.noiseSource == .vocabulary, ev.noise == .related || ev.noise == .feed { return false }
            if ev.noise == .related { holdsTeasers = true }
        }
        if repeatsLabels && holdsTeasers { return false }
        // A sidebar of comments, sign-up boxes and teasers holds prose too, but never an article's.
        for i in piece where evidence[i].isHeavyNoise { return false }
        return true
    }

    static let repeatedLabelsEvidence = "the article goes on past labels the page repeats (a gallery, a share bar)"

    /// Names the join for `--explain`: the first line of prose past a long gap inside the body that
    /// holds labels the page repeats (the gap `BodySegment.best` would have split at).
    static func noteRepeatedLabelGaps(_ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>,
                                      maxGap: Int = 14) {
        var gap = 0
        var repeats = false
        for i in body {
            if scores[i] > 0 {
                if gap >= maxGap, repeats, evidence[i].keptNote == nil { evidence[i].keptNote = repeatedLabelsEvidence }
                gap = 0
                repeats = false
            } else if !evidence[i].isCaption, !evidence[i].isTableRow, !evidence[i].isCodeSample {
                gap += 1
                if evidence[i].isInPageRepeatNoise { repeats = true }
            }
        }
    }

    /// The prose a range holds: the sum of its positive line scores.
    private static func prose(_ range: Range<Int>, _ scores: [Double]) -> Double {
        var total = 0.0
        for i in range where scores[i] > 0 { total += scores[i] }
        return total
    }
}
