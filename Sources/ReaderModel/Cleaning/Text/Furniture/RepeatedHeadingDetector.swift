/// Keeps section headings that a table of contents repeats: a short line found twice in the page
/// is furniture by default, but where one copy stands between paragraphs of prose, that copy is
/// the heading of a section and the other is its entry in the contents. A section heading may
/// stand over its first sub-heading, so two lines, each opened by a
/// blank line, may stack between the paragraphs.
enum RepeatedHeadingDetector {
    static let evidence = "section heading, also listed in the page's contents"

    /// Most lines a stack of headings holds (a section heading and its sub-heading). A blank line
    /// opens each line of a stack (the paragraph under it may be glued to the last): a box of glued
    /// lines (a gallery's count, title and link) is not a heading.
    static let maximumStack = 2

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices.dropFirst() where i + 1 < lines.count && isCandidate(i, lines, evidence) {
            guard lines[i + 1].blankBefore || lines[i].blankBefore,
                  let below = proseBelow(i, lines, evidence), let above = proseAbove(i, lines, evidence),
                  below - above - 1 <= maximumStack,
                  below - above == 2 || (below == i + 1 && evidence[i - 1].noise == nil)
                    || (above + 1..<below).allSatisfy({ lines[$0].blankBefore })
            else { continue }
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            evidence[i].keptNote = Self.evidence
        }
    }

    /// A short line the page prints exactly twice, labelled furniture only for that.
    @inline(__always)
    private static func isCandidate(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard evidence[i].repeatsInPage == 2, let noise = evidence[i].noise, noise == .repeated || noise == .related,
              evidence[i].noiseSource?.isRepeatedInPage == true else { return false }
        return (1...12).contains(lines[i].wordCount) && !lines[i].isBullet
    }

    /// A line that may stand in a stack of headings: any clean line short of prose, or another listed heading.
    @inline(__always)
    private static func isStacked(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil || isCandidate(k, lines, evidence)
    }

    /// The paragraph the heading leads into, past the rest of its stack (a sub-heading under it).
    private static func proseBelow(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        var j = i + 1
        while j < lines.count, j - i < maximumStack, !isProse(j, evidence), isStacked(j, lines, evidence) { j += 1 }
        return j < lines.count && isProse(j, evidence) ? j : nil
    }

    /// The paragraph above the heading's stack.
    private static func proseAbove(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        var k = i - 1
        while k >= 0, i - k < maximumStack, !isProse(k, evidence), isStacked(k, lines, evidence) { k -= 1 }
        return k >= 0 && isProse(k, evidence) ? k : nil
    }

    @inline(__always)
    private static func isProse(_ k: Int, _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil && evidence[k].shape == .good && !evidence[k].isCaption
    }
}
