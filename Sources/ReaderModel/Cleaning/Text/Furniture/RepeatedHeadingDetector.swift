/// Keeps section headings that a table of contents repeats: a short line found twice in the page
/// is furniture by default, but where one copy stands between paragraphs of prose, that copy is
/// the heading of a section and the other is its entry in the contents. A section heading may
/// stand over its first sub-heading, so two lines, each opened by a
/// blank line, may stack between the paragraphs. The first section's heading has the contents
/// right above it instead of a paragraph.
enum RepeatedHeadingDetector {
    static let evidence = "section heading, also listed in the page's contents"

    /// Most lines a stack of headings holds (a section heading and its sub-heading). A blank line
    /// opens each line of a stack (the paragraph under it may be glued to the last): a box of glued
    /// lines (a gallery's count, title and link) is not a heading.
    static let maximumStack = 2

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices.dropFirst() where i + 1 < lines.count && isCandidate(i, lines, evidence) {
            guard lines[i + 1].blankBefore || lines[i].blankBefore, let below = proseBelow(i, lines, evidence) else { continue }
            if let above = proseAbove(i, lines, evidence) {
                guard below - above - 1 <= maximumStack,
                      below - above == 2 || (below == i + 1 && evidence[i - 1].noise == nil)
                        || (above + 1..<below).allSatisfy({ lines[$0].blankBefore })
                else { continue }
                evidence[i].keptNote = Self.evidence
            } else {
                // No paragraph above lets the short-line rules place it: it is marked as the section's own.
                guard below == i + 1, headsFirstListedSection(i, lines, evidence) else { continue }
                evidence[i].listItem = .sectionUnderContents
            }
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
        }
    }

    static let firstSectionEvidence = "first section heading, right under the contents that open with it"
    /// A contents block holds at least this many entries...
    static let minimumContentsEntries = 3
    /// ...and at most this many are read back from the heading.
    static let maximumContentsEntries = 40

    /// The heading of the first section stands right under the contents, whose first entry (or
    /// the first after a short label such as "Contents") is its twin: the block of short lines
    /// between the paragraph above and the heading opens with the heading's own words, and another
    /// of its entries is printed twice too. A sidebar's list ("Most read") is headed by its label,
    /// and its first item is no heading under it; a title over a share bar lists no section.
    private static func headsFirstListedSection(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= maximumContentsEntries, !isProse(k, evidence), lines[k].wordCount <= 12 { k -= 1 }
        guard k < 0 || isProse(k, evidence) else { return false }
        let start = k + 1
        guard i - start >= minimumContentsEntries else { return false }
        let text = lines[i].text
        guard lines[start].text == text || (lines[start].wordCount <= 3 && lines[start + 1].text == text) else { return false }
        // Other entries are printed again over their own sections, and a contents block holds no
        // share or follow labels: a title over a share bar is printed twice, but lists no sections.
        var listed = false
        for k in (start + 1)..<i {
            if evidence[k].noiseSource == .vocabulary { return false }
            if evidence[k].repeatsInPage >= 2, lines[k].text != text { listed = true }
        }
        return listed
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
