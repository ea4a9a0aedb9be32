@testable import ReaderModel

/// Reads invented paragraphs (set apart by blank lines) as the text cleaner does up to its end
/// trimmers, with the vocabulary's marks cleared so that only the trimmer under test decides.
enum EndTrimmerFixture {
    /// The body `trimmer` leaves of `start..<end of page`, the evidence it marked and the line count.
    static func trimmed(_ page: [String], by trimmer: any BodyEndTrimmer.Type, from start: Int = 0) -> (Range<Int>, [LineEvidence], Int) {
        let text = page.joined(separator: "\n\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        for i in lines.indices { evidence[i].noise = nil; evidence[i].noiseSource = nil }
        let scores = BodySegment.scores(lines, evidence)
        let body = trimmer.trim(lines, &evidence, scores: scores, body: start..<lines.count)
        return (body, evidence, lines.count)
    }
}
