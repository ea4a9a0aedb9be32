/// Keeps section headings that a table of contents repeats: a short line found twice in the page
/// is furniture by default, but where one copy stands between paragraphs of prose, that copy is
/// the heading of a section and the other is its entry in the contents.
enum RepeatedHeadingDetector {
    static let evidence = "section heading, also listed in the page's contents"

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices.dropFirst() where i + 1 < lines.count && evidence[i].repeatsInPage == 2 {
            guard let noise = evidence[i].noise, noise == .repeated || noise == .related,
                  evidence[i].noiseSource?.isRepeatedInPage == true, (1...12).contains(lines[i].wordCount),
                  !lines[i].isBullet, lines[i + 1].blankBefore || lines[i].blankBefore,
                  isProse(i + 1, evidence), isProse(i - 1, evidence) || (i >= 2 && isProse(i - 2, evidence) && evidence[i - 1].noise == nil)
            else { continue }
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            evidence[i].keptNote = Self.evidence
        }
    }

    @inline(__always)
    private static func isProse(_ k: Int, _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil && evidence[k].shape == .good && !evidence[k].isCaption
    }
}
