/// Finds the sentences inside a membership, newsletter or paywall box: a few prose lines glued
/// (no blank line) between two lines that the vocabulary names as the same appeal read like an
/// article but belong to the box ("Thousands read us every day, few pay...").
enum AppealBoxDetector {
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var i = 0
        while i < lines.count {
            guard let reason = appeal(i, evidence) else { i += 1; continue }
            // Walk over at most three glued noise-free lines to the next line of the same appeal.
            var j = i + 1
            while j < lines.count, j - i <= 4, !lines[j].blankBefore, evidence[j].noise == nil, !evidence[j].isCaption { j += 1 }
            if j > i + 1, j < lines.count, j - i <= 4, !lines[j].blankBefore, appeal(j, evidence) == reason {
                for k in (i + 1)..<j {
                    evidence[k].noise = reason
                    evidence[k].noiseSource = .insideBox(reason)
                }
            }
            i = j > i + 1 ? j : i + 1
        }
    }

    /// The appeal line `i` belongs to, its evidence read in place (a copy would retain its every string).
    private static func appeal(_ i: Int, _ evidence: [LineEvidence]) -> NoiseReason? {
        guard let noise = evidence[i].noise, noise == .membership || noise == .newsletter || noise == .paywall else { return nil }
        let source = evidence[i].noiseSource
        return source == .vocabulary || source?.isInsideBox == true ? noise : nil
    }
}
