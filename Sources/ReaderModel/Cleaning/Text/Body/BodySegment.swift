/// Picks the contiguous run of lines that holds the article: the maximum-sum stretch of line
/// scores (prose positive, furniture negative), so small interruptions such as an
/// "Advertisement" label are bridged while a long appeal or a feed ends the article.
enum BodySegment {
    /// Scores of every line. A comments or live-feed header followed by comment or feed furniture
    /// ends the article: what follows is never bridged to.
    static func scores(_ lines: [TextLine], _ evidence: [LineEvidence]) -> [Double] {
        // Each line's evidence read in place: `zip` would copy it whole, retaining its every string.
        var result = evidence.withUnsafeBufferPointer { ev in lines.indices.map { score(lines[$0], ev[$0]) } }
        for i in lines.indices {
            guard let noise = evidence[i].noise, noise == .comments || noise == .feed, lines[i].wordCount <= 6,
                  evidence[i].noiseSource == .vocabulary else { continue }
            let window = (i + 1)..<min(lines.count, i + 9)
            if window.contains(where: { evidence[$0].isTimestamp || evidence[$0].noise == .comments || evidence[$0].noise == .feed }) {
                result[i] = -200
            }
        }
        return result
    }

    static func score(_ line: TextLine, _ evidence: LineEvidence) -> Double {
        // A code sample is a block of the article, as a photo caption is: it weighs nothing, so its
        // recurring lines (`SELECT`, `});`) neither cut the article apart nor win alone. An embedded
        // player's labels are dropped, but weigh nothing either: the player sits inside the article.
        if evidence.isCodeSample || evidence.isPlayerControl { return 0 }
        // A table row counts what prose it holds, never against the body.
        return evidence.isTableRow ? max(0, lineScore(line, evidence)) : lineScore(line, evidence)
    }

    private static func lineScore(_ line: TextLine, _ evidence: LineEvidence) -> Double {
        let words = Double(line.wordCount)
        if let noise = evidence.noise {
            // Appeals and forms weigh what they hold, so an inline "become a member" box is bridged
            // when real paragraphs follow, but a long appeal is not.
            if evidence.isHeavyNoise { return -max(words, 3) * (noise == .membership || noise == .newsletter ? 1 : 1.5) }
            // A lone "Read more: ..." line, an ad label or a share bar is a small interruption;
            // teaser runs, footers and notices weigh what they hold.
            switch noise {
            case .related where evidence.noiseSource == .vocabulary: return -3
            // A teaser list weighs like the short lines it is made of: it never wins, but it does
            // not cut the article apart either.
            case .related where evidence.noiseSource?.isTeaserList == true: return -2
            case .advertisement, .social, .credit, .fragment: return -3
            default: return -max(words, 3)
            }
        }
        if evidence.isCaption { return 0 }
        if evidence.isMetadata, evidence.shape != .good { return -1 }
        switch evidence.shape {
        case .good: return words
        // Long lines without closing punctuation (standfirsts, captions, teasers) prove nothing;
        // in Thai and Lao, which have none, such a line weighs a little, so a short last paragraph
        // stays with the ones above it.
        case .nearGood: return line.endsSentence ? words / 2 : UnpunctuatedScriptLine.endsInThaiOrLao(line.text) ? words / 4 : 0
        case .short: return evidence.isHeadlineLike ? -2 : -1
        }
    }

    /// The best range, then split where it bridges a long stretch of furniture (`maxGap` lines that
    /// add nothing, captions aside): an appeal or bio after the footer links is not the article.
    static func best(_ scores: [Double], lines: [TextLine], evidence: [LineEvidence], maxGap: Int = 14) -> Range<Int> {
        let range = best(scores)
        var pieces: [Range<Int>] = []
        var pieceStart = range.lowerBound
        var gap = 0
        var gapStart = range.lowerBound
        for i in range {
            if scores[i] > 0 {
                if gap >= maxGap { pieces.append(pieceStart..<gapStart); pieceStart = i }
                gap = 0
            } else if !evidence[i].isCaption, !evidence[i].isTableRow, !evidence[i].isCodeSample, !evidence[i].isPlayerControl {
                if gap == 0 { gapStart = i }
                gap += 1
            }
        }
        pieces.append(pieceStart..<range.upperBound)
        guard pieces.count > 1 else { return range }
        guard let best = pieces.indices.max(by: { sum(scores[pieces[$0]]) < sum(scores[pieces[$1]]) }) else { return range }
        // A long gap that no furniture marks (a code sample, a chart's axis labels, a table of
        // figures) interrupts the article rather than ending it: the pieces it parts are one body.
        var first = best
        while first > 0, isQuietGap(pieces[first - 1].upperBound..<pieces[first].lowerBound, lines, evidence) { first -= 1 }
        var last = best
        while last + 1 < pieces.count, isQuietGap(pieces[last].upperBound..<pieces[last + 1].lowerBound, lines, evidence) { last += 1 }
        (first, last) = SplitArticleJoiner.widen(pieces, first: first, last: last, scores: scores, lines: lines, evidence: evidence)
        let chosen = pieces[first].lowerBound..<pieces[last].upperBound
        return chosen
    }

    /// Lines between two pieces of prose that carry no sign of page furniture: no noise label, no
    /// comment, feed, teaser or appeal evidence (repeats within the page and wordless lines aside).
    /// A full date or a byline in the gap heads a comment or a teaser, which a chart or code never has.
    static func isQuietGap(_ gap: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        for i in gap {
            if evidence[i].byline != nil || evidence[i].dateISO != nil { return false }
            guard let noise = evidence[i].noise else { continue }
            if noise == .fragment { continue }
            if noise == .repeated || noise == .related, evidence[i].noiseSource?.isRepeatedInPage == true { continue }
            return false
        }
        return true
    }

    private static func sum(_ scores: ArraySlice<Double>) -> Double {
        scores.reduce(0, +)
    }

    /// The half-open range of line indices with the largest score sum (empty when none is positive).
    static func best(_ scores: [Double]) -> Range<Int> {
        var bestSum = 0.0
        var best = 0..<0
        var sum = 0.0
        var start = 0
        for (i, score) in scores.enumerated() {
            if sum <= 0 {
                sum = 0
                start = i
            }
            sum += score
            if sum > bestSum {
                bestSum = sum
                best = start..<(i + 1)
            }
        }
        return best
    }
}
