/// A rail of story links under the article, each headline in a block of its own set wider apart
/// than the article's paragraphs (a spacer line between them): the copy keeps the layout's spacing,
/// and the rail often runs on past the body's end, so the part left in the body is too short for
/// `TeaserRunTail`. The wider spacing, the same for every line of the run and never the article's,
/// is what tells the rail from a list of subheads or a closing short paragraph. Shape only.
enum SpacedHeadlineRail: BodyEndTrimmer {
    static let evidence = "a rail of headlines, each alone in a block spaced wider than the article's paragraphs, under its last paragraph"
    /// Headlines the rail needs, in the body and past its end together.
    static let minimumHeadlines = 3
    /// A headline is this many words.
    static let headlineWords = 2...24
    /// Physical lines from one rail headline to the next at least (a blank, a spacer, a blank).
    static let minimumStep = 4
    /// Paragraphs the article keeps above the rail.
    static let minimumParagraphsAbove = 2

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count > minimumParagraphsAbove, let last = body.last, last > 0,
              step(last, lines) >= minimumStep, isHeadline(lines[last]) else { return body }
        // The run's start inside the body: headlines, each as far from the one above as the last is.
        let railStep = step(last, lines)
        var start = last
        while start - 1 > body.lowerBound, isHeadline(lines[start - 1]), step(start - 1, lines) == railStep,
              step(start, lines) == railStep {
            start -= 1
        }
        // The rail past the body's end, spaced alike.
        var count = last - start + 1
        var k = body.upperBound
        while k < lines.count, step(k, lines) == railStep, isHeadline(lines[k]) {
            count += 1
            k += 1
        }
        guard count >= minimumHeadlines else { return body }
        // The article's paragraphs above are set closer: their usual spacing is narrower than the rail's.
        var paragraphs = 0
        var wide = 0
        for i in body.lowerBound..<start where evidence[i].shape != .short && evidence[i].noise == nil {
            paragraphs += 1
            if i > 0, step(i, lines) >= railStep { wide += 1 }
        }
        guard paragraphs >= minimumParagraphsAbove, wide * 2 < paragraphs else { return body }
        // The furniture left between the last paragraph and the rail goes with it.
        var cut = start
        while cut > body.lowerBound, evidence[cut - 1].noise != nil { cut -= 1 }
        BodyEndTrimmers.mark(cut..<body.upperBound, &evidence, as: .related, rule: Self.evidence)
        return body.lowerBound..<cut
    }

    /// Physical lines from the line above to line `i`: 2 for paragraphs a blank line apart.
    @inline(__always)
    private static func step(_ i: Int, _ lines: [TextLine]) -> Int {
        lines[i].lineNumber - lines[i - 1].lineNumber - (lines[i - 1].joinedLines - 1)
    }

    /// One line of a headline's length that closes no sentence with a full stop (a question or an
    /// exclamation may end a headline).
    @inline(__always)
    private static func isHeadline(_ line: TextLine) -> Bool {
        guard headlineWords.contains(line.wordCount), line.joinedLines == 1, !line.isBullet,
              let byte = line.lastByte else { return false }
        return byte != UInt8(ascii: ".") && byte != UInt8(ascii: ":") && byte != UInt8(ascii: ",")
    }
}
