/// A page on which no line reads as prose still has an article when it has words: a note of a
/// few lines, a list, or prose in a language whose function words the lexicon does not know under
/// a heading in one it does. Its body is the densest run of lines that no evidence marks as
/// furniture, rather than nothing.
enum SparsePageBody {
    static let evidence = "sparse page: no line reads as prose, the densest run of clean lines kept"

    /// The fallback body when the scored body is empty, with its lines marked; nil when every
    /// line is furniture.
    static func body(_ lines: [TextLine], _ evidence: inout [LineEvidence]) -> Range<Int>? {
        var scores: [Double] = []
        scores.reserveCapacity(lines.count)
        for (i, line) in lines.enumerated() {
            // A menu bar is dropped but, like a caption, neither adds to the run nor cuts it.
            if evidence[i].noise == nil, MenuBarLine.isMenuBar(line) {
                evidence[i].noise = .navigation
                evidence[i].noiseSource = .rule(MenuBarLine.evidence)
                scores.append(0)
                continue
            }
            let ev = evidence[i]
            if ev.noise != nil { scores.append(-Double(max(line.wordCount, 3))) }
            else if ev.isCaption || ev.isMetadata { scores.append(0) }
            else { scores.append(Double(line.wordCount)) }
        }
        let range = BodySegment.best(scores)
        guard !range.isEmpty else { return nil }
        for i in range where evidence[i].noise == nil && !evidence[i].isCaption && !evidence[i].isMetadata {
            evidence[i].isSparseBody = true
        }
        return range
    }
}
