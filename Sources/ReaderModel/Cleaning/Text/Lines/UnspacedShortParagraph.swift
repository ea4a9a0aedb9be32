/// A short paragraph of Thai or Lao, which close no sentence with punctuation: under the 20 word
/// units an unpunctuated line needs to read as prose (`ScriptProfile.unpunctuatedProseWords`), a
/// one-sentence paragraph has a headline's shape, weighs nothing in the body's choice and drops
/// off the article's end. It is read as the paragraph it is when it follows a paragraph of its
/// script, set apart from it as that paragraph is from the line above (a glued line under
/// blank-separated paragraphs is a list), and starts no run of more than two such lines (a run of
/// headline-shaped lines is a list of other stories).
enum UnspacedShortParagraph {
    static let evidence = "a short Thai paragraph under a paragraph, set apart as it is and heading no run of headlines"
    /// Word units the line needs: fewer are a label, a name or a menu entry.
    static let minimumWords = 5
    /// Headline-shaped lines in a row that may be short paragraphs; a longer run is a teaser list.
    static let maximumRun = 2

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var i = 1
        while i < lines.count {
            guard isCandidate(lines[i], evidence[i]) else { i += 1; continue }
            // The run of headline-shaped lines it starts, whatever closes them ("!" and "?" close
            // headlines too).
            var end = i + 1
            while end < lines.count, isHeadlineShaped(lines[end], evidence[end]) { end += 1 }
            defer { i = end }
            guard end - i <= maximumRun, isParagraph(i - 1, lines, evidence) else { continue }
            for k in i..<end {
                guard isCandidate(lines[k], evidence[k]), lines[k].blankBefore == lines[i - 1].blankBefore else { break }
                evidence[k].shape = .good
                evidence[k].keptNote = Self.evidence
            }
        }
    }

    /// A Thai or Lao line of a short paragraph's length that nothing has named.
    @inline(__always)
    private static func isCandidate(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        // Cheap tests first: nearly every line of every other page stops at the first.
        guard line.script.southeastAsian > 0, line.script.ideographic == 0, ev.shape != .good,
              line.wordCount >= minimumWords, ev.noise == nil, !ev.isCaption, !ev.isMetadata, !ev.isTableRow,
              ev.listItem == nil, !line.isBullet, !line.endsSentence, UnspacedHeadline.isMostlyUnspaced(line) else { return false }
        return UnpunctuatedScriptLine.writesThaiOrLao(line.text)
    }

    /// A headline-shaped line of a script without spaces that nothing has named.
    @inline(__always)
    private static func isHeadlineShaped(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        ev.noise == nil && UnspacedHeadline.holds(line)
    }

    /// A paragraph of a script without spaces, longer than any headline: a headline-shaped line
    /// above (a teaser closing on "!") makes the line under it the next teaser.
    @inline(__always)
    private static func isParagraph(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].shape == .good && evidence[k].noise == nil && lines[k].script.southeastAsian > 0
            && !UnspacedHeadline.holds(lines[k])
    }
}
