/// The writer's short closing remark under the article's last paragraph: one sentence of a few
/// words ("Thanks for reading.", "More soon!", "The recording is below.") that the body's run
/// leaves out for its shortness. What makes it the article's is its place (right under the last
/// paragraph, with a blank or the page's furniture after it) and its shape: a whole sentence,
/// clean of any furniture reason, with none of the marks a handle, a link row or a label has.
enum ClosingRemarkLine {
    static let evidence = "a short closing sentence right under the last paragraph (the writer's last word)"
    /// A remark is at least this many words...
    static let minimumWords = 2
    /// ...and at most this many.
    static let maximumWords = 12

    /// The body widened over the remark right under its last paragraph; `body` unchanged when none follows.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let k = UnderLastParagraph.firstLine(under: body, lines, evidence), isRemark(lines[k], evidence[k]) else { return body }
        // The remark closes a block: what follows it stands apart (a blank) or is the page's; a line
        // right above the comment section is the post's filing or a reader's, not the writer's last word.
        let end = k + 1
        guard UnderLastParagraph.closesBlock(at: end, lines, evidence), end == lines.count || evidence[end].noise != .comments
        else { return body }
        evidence[k].listItem = .closingRemark
        return body.lowerBound..<end
    }

    /// A clean whole sentence of `minimumWords` to `maximumWords` words that no rule named, with no
    /// handle, link row, formula or label mark in it (`@`, `|`, `=`, `:`).
    @inline(__always)
    static func isRemark(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard line.wordCount >= minimumWords, line.wordCount <= maximumWords, line.endsSentence,
              ev.noise == nil, ev.shape == .short, !ev.isCaption, !ev.isMetadata, !ev.isTimestamp else { return false }
        for byte in line.text.utf8 {
            switch byte {
            case UInt8(ascii: "@"), UInt8(ascii: "|"), UInt8(ascii: "="), UInt8(ascii: ":"): return false
            default: continue
            }
        }
        return true
    }
}
