/// Picks the contiguous run of lines that holds the article: the maximum-sum stretch of line
/// scores (prose positive, furniture negative), so small interruptions such as an
/// "Advertisement" label are bridged while a long appeal or a feed ends the article.
enum BodySegment {
    static func score(_ line: TextLine, _ evidence: LineEvidence) -> Double {
        let words = Double(line.wordCount)
        if let noise = evidence.noise {
            if evidence.isHeavyNoise { return -max(words, 3) * 1.5 }
            if noise == .related, words > 6 { return -words }
            return -3
        }
        if evidence.isCaption { return 0 }
        if evidence.isMetadata, evidence.shape != .good { return -1 }
        switch evidence.shape {
        case .good: return words
        case .nearGood: return words / 2
        case .short: return evidence.isHeadlineLike ? -2 : -1
        }
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
