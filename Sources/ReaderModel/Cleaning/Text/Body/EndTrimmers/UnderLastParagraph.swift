/// The place the rules that widen the body over the writer's last lines (a sign-off, a closing
/// remark) ask for: right under a body that ends on a paragraph, in a block of their own.
enum UnderLastParagraph {
    /// The line right under `body` when the body ends on a paragraph (not a short line, a caption or noise).
    static func firstLine(under body: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        guard let last = body.last, body.upperBound < lines.count, evidence[last].noise == nil,
              evidence[last].shape != .short, !evidence[last].isCaption else { return nil }
        return body.upperBound
    }

    /// Lines taken up to `end` close a block: the page ends there, or what follows stands apart (a
    /// blank line) or is the page's.
    static func closesBlock(at end: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        end == lines.count || lines[end].blankBefore || evidence[end].noise != nil
    }
}
