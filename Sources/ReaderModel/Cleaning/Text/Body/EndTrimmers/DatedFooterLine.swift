/// Blog themes close a post with a line that stamps it in full ("posted on <weekday, date, year>
/// at <time> and filed under <categories>"). Such a line as the body's last paragraph, a year and
/// a clock time inside it, is the post's metadata, not its last paragraph. A live update that
/// opens with its time ("12:00 PM -- ...") and a future event ("at 9:30 on Friday") give no year
/// with the time, or give the time first.
enum DatedFooterLine: BodyEndTrimmer {
    static let evidence = "the post's dated footer: a last paragraph stamped with a year and a clock time"
    /// The line is at most this long...
    static let maxWords = 80
    /// ...and the prose above it holds at least this many times its words.
    static let minimumProseRatio = 2.0
    /// A clock time within this many leading bytes opens an update rather than stamping a footer.
    static let minimumClockOffset = 12

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2, let last = body.last else { return body }
        let line = lines[last]
        guard evidence[last].noise == nil, !evidence[last].isTableRow, evidence[last].listItem == nil,
              line.wordCount <= maxWords, isStamped(line.text) else { return body }
        let prose = BodyEndTrimmers.prose(body.lowerBound..<last, scores: scores)
        let ratio = BodyEndTrimmers.minimumProseRatio(minimumProseRatio, body, lines, evidence)
        guard prose >= ratio * Double(line.wordCount) else { return body }
        evidence[last].noise = .metadata
        evidence[last].noiseSource = .rule(Self.evidence)
        var end = last
        // Labels left between the article and the footer go with it.
        while end > body.lowerBound, scores[end - 1] <= 0, !lines[end - 1].endsSentence { end -= 1 }
        return body.lowerBound..<end
    }

    /// A four-digit year (19xx or 20xx) and a clock time ("4:48", "11:10") past the line's opening.
    static func isStamped(_ text: Substring) -> Bool {
        var hasYear = false
        var hasClock = false
        var run = 0
        var runStart: UInt8 = 0
        var runSecond: UInt8 = 0
        var offset = 0
        var colonAfterDigits = -1
        for byte in text.utf8 {
            let digit = byte >= 48 && byte <= 57
            if digit {
                if run == 0 { runStart = byte } else if run == 1 { runSecond = byte }
                run += 1
                if colonAfterDigits >= 0 {
                    colonAfterDigits += 1
                    if colonAfterDigits == 2, offset >= minimumClockOffset { hasClock = true }
                }
            } else {
                if run == 4, (runStart == 49 && runSecond == 57) || (runStart == 50 && runSecond == 48) { hasYear = true }
                colonAfterDigits = byte == 58 && (1...2).contains(run) ? 0 : -1
                run = 0
            }
            offset += 1
        }
        if run == 4, (runStart == 49 && runSecond == 57) || (runStart == 50 && runSecond == 48) { hasYear = true }
        return hasYear && hasClock
    }
}
