/// A share bar (share buttons, print and email links, a comment count) often stands between an
/// article's header and its first paragraph. It parts nothing: the run under the bar is still
/// under its own header, so a dated header further down the run (an embedded post's signature,
/// a quoted tweet) does not start the article there.
enum ShareBarAboveRun {
    /// How many bar lines are crossed at most.
    static let maxLines = 6
    /// A comment count in the bar holds at most this many words ("199 comments").
    static let maxCountWords = 3

    /// The run with its first line moved up across the share bar right above it.
    static func extended(_ run: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Range<Int> {
        var start = run.lowerBound
        while start > 0, run.lowerBound - start < maxLines, isBarLine(lines[start - 1], evidence[start - 1]) { start -= 1 }
        return start..<run.upperBound
    }

    /// A share button or a short comment count, as the vocabulary names them.
    static func isBarLine(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        ev.noise == .social || (ev.noise == .comments && ev.noiseSource == .vocabulary && line.wordCount <= maxCountWords)
    }
}
