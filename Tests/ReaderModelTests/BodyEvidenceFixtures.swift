@testable import ReaderModel

/// Runs one body evidence source over an invented page as `BodyChoice` would: lines, evidence,
/// scores and the heaviest run first.
enum BodyEvidenceFixtures {
    static func candidate(_ source: any BodyEvidenceSource.Type, _ texts: [String])
        -> (candidate: BodyCandidate?, heaviest: BodyCandidate, lines: [TextLine]) {
        let lines = LineSplitter.lines(of: texts.joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        let heaviest = BodyCandidate.heaviest(BodySegment.best(scores, lines: lines, evidence: evidence), scores: scores)
        return (source.candidate(lines, evidence, scores: scores, heaviest: heaviest), heaviest, lines)
    }
}
