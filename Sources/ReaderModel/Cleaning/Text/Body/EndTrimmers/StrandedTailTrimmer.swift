/// Cuts the body at a bar of button-like lines (a share bar: "Share / Facebook / Telegram") when
/// what follows it is only scattered prose: an appeal box, teaser summaries, reader comments
/// between their name and reply lines. English pages name such blocks in the vocabulary; in
/// other languages only this shape tells them from the article.
enum StrandedTailTrimmer: BodyEndTrimmer {
    static let evidence = "a bar of button-like lines (share buttons, tags) with only scattered prose under it"
    /// Short lines in a row that make a bar, of which at least `minimumButtons` are one or two words.
    static let minimumBar = 3
    static let minimumButtons = 2

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        var i = body.lowerBound
        var proseBefore = 0.0
        while i < body.upperBound {
            guard isBarLine(lines[i], evidence, i) else {
                proseBefore += max(0, scores[i])
                i += 1
                continue
            }
            var end = i
            var buttons = 0
            while end < body.upperBound, isBarLine(lines[end], evidence, end) {
                if isButtonLike(lines[end]) { buttons += 1 }
                end += 1
            }
            if end - i >= minimumBar, buttons >= minimumButtons, proseBefore > 0,
               !isAnnounced(i, lines, evidence, body: body), !ProsAndConsBox.holds(i..<end, lines),
               isScattered(scores, after: end..<body.upperBound, against: proseBefore),
               !opensPost(i..<end, lines, evidence, body: body) {
                var cut = i
                // What the bar leaves at the end (a label, a caption) goes with it.
                while cut > body.lowerBound, evidence[cut - 1].noise != nil || evidence[cut - 1].isCaption
                    || (evidence[cut - 1].shape == .short && !lines[cut - 1].endsSentence) { cut -= 1 }
                // The bar names why the body ends here (`--explain`); what strands under it stays "after the main text".
                for k in cut..<end where evidence[k].noise == nil {
                    evidence[k].noise = .navigation
                    evidence[k].noiseSource = .rule(Self.evidence)
                }
                return body.lowerBound..<cut
            }
            i = end
        }
        return body
    }

    /// A bar that holds or runs into the header of a post in a run of posts (a forum thread, a
    /// blog's front page) is the next poster's profile block (name, rank, join date), not a share bar:
    /// the prose under it is that post's.
    private static func opensPost(_ bar: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        var k = bar.upperBound
        while k < body.upperBound, lines[k].wordCount == 0 { k += 1 }
        let reach = k < body.upperBound ? k + 1 : bar.upperBound
        return (bar.lowerBound..<reach).contains { PostHeaderRun.headsPost($0, lines, evidence) }
    }

    /// A paragraph of prose that closes on a colon right above the run announces it as the
    /// article's own list ("the plan went through these stages:"); a share bar is never led in.
    @inline(__always)
    private static func isAnnounced(_ bar: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        bar > body.lowerBound && ArticleList.isLeadIn(bar - 1, lines, evidence, isProse: true)
    }

    /// The prose after the bar is small next to the article before it (a third at most) and comes
    /// in ones and twos, never as a run of paragraphs.
    private static func isScattered(_ scores: [Double], after range: Range<Int>, against before: Double) -> Bool {
        var total = 0.0
        var run = 0
        for i in range {
            if scores[i] > 0 {
                total += scores[i]
                run += 1
                if run > 2 { return false }
            } else {
                run = 0
            }
        }
        return total > 0 && total * 3 <= before
    }

    /// "Share", "Facebook", "微信", "ツイート": a word or two, no figure and no code punctuation
    /// (`});`, `clone.text();` in a code sample are short too), and no field of a fact box
    /// ("Born: Lyon", "Height: tall"): a colon inside the line pairs a label with its value, where a
    /// button's label ("Share:") closes on its colon.
    @inline(__always)
    static func isButtonLike(_ line: TextLine) -> Bool {
        guard (1...2).contains(line.words.count), line.wordCount <= 4 else { return false }
        let bytes = line.text.utf8
        guard !bytes.contains(where: isFigureOrCode) else { return false }
        return !hasInnerColon(bytes)
    }

    /// A colon (`:` or the full-width `：`, EF BC 9A) with text after it.
    @inline(__always)
    private static func hasInnerColon(_ bytes: Substring.UTF8View) -> Bool {
        var colonSeen = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if colonSeen, byte != 32 { return true }
            if byte == 58 || (byte == 0x9A && previous == (0xEF, 0xBC)) { colonSeen = true }
            previous = (previous.1, byte)
        }
        return false
    }

    @inline(__always)
    private static func isFigureOrCode(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57: return true  // digits
        case 59, 123, 125, 40, 41, 61, 60, 62, 47, 34, 91, 93: return true  // ; { } ( ) = < > / " [ ]
        default: return false
        }
    }

    /// A button or link label: a few words, no sentence, no prose, no table cell.
    @inline(__always)
    // By index into the page's evidence: a copy of a line's whole evidence retains its every string.
    private static func isBarLine(_ line: TextLine, _ evidence: [LineEvidence], _ i: Int) -> Bool {
        // An advertisement label is a small interruption inside the article, not a bar.
        // Nor is a code sample's run of short lines (`SELECT`, `FROM`).
        guard !evidence[i].isTableRow, !evidence[i].isCaption, !evidence[i].isCodeSample, evidence[i].shape == .short,
              evidence[i].noise != .advertisement else { return false }
        return line.wordCount <= 5 && !line.endsSentence || (evidence[i].noise != nil && evidence[i].noiseSource == .vocabulary)
    }
}
