/// A run of lines that may hold the article: its raw prose (the sum of its line scores) and the
/// features that weigh it against the heaviest run.
struct BodyCandidate: Sendable {
    var range: Range<Int>
    /// The sum of the run's line scores.
    var prose: Double
    var features: [BodyFeature] = []

    /// The heaviest run of the page as scored, with no feature of its own.
    static func heaviest(_ range: Range<Int>, scores: [Double]) -> BodyCandidate {
        BodyCandidate(range: range, prose: proseSum(scores, range))
    }

    /// Whether a feature settles the choice for this run.
    var isDecisive: Bool {
        features.contains { if case .decisive = $0.weight { return true } else { return false } }
    }

    /// The run's prose with every feature's factor applied.
    var standing: Double {
        var result = prose
        for feature in features { if case .factor(let f) = feature.weight { result *= f } }
        return result
    }

    static func proseSum(_ scores: [Double], _ range: Range<Int>) -> Double {
        var total = 0.0
        for i in range { total += scores[i] }
        return total
    }
}
