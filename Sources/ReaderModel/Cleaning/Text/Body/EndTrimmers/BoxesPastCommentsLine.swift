/// A comment section's line ("Leave a comment", "Comments are closed") inside the chosen run, with a
/// stack of boxes after it: short headings each over a paragraph or two (a site blurb, a sponsor's
/// note, a podcast's pitch, the comment form's help text). The comments line ends the article and
/// the boxes are the sidebar the score carried the run into. `CommentsLineTail` ends the run when
/// little prose follows; this rule reads the shape of a longer tail instead: an article that goes on
/// after such a line runs in paragraphs, not in headed boxes, and the next post of a listing (a
/// count of comments under each post) comes with its byline or date. Shape only, so every script
/// reads alike.
enum BoxesPastCommentsLine: BodyEndTrimmer {
    static let evidence = "after a comments line, a stack of short headed boxes (a sidebar)"
    /// The article above holds at least this many words of prose...
    static let minimumWordsBefore = 80
    /// ...and the tail at most this many times as many.
    static let maxTailRatio = 2.0
    /// Short lines in the tail, times this, reach at least its paragraphs: one or two to a box.
    static let paragraphsPerHeading = 2
    /// A tail with fewer short lines is no stack of boxes.
    static let minimumHeadings = 2

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 6 else { return body }
        var before = 0
        for c in body {
            if scores[c] > 0 { before += lines[c].wordCount }
            guard CommentsLineTail.isCommentsLine(evidence[c]) else { continue }
            // A comments line high in the run (a count under the byline) is passed over.
            guard before >= minimumWordsBefore else { continue }
            let tail = (c + 1)..<body.upperBound
            let after = BodyEndTrimmers.proseWords(tail, lines, scores: scores)
            guard after > 0, Double(after) <= maxTailRatio * Double(before), isBoxStack(tail, lines, evidence) else { continue }
            let end = endAbove(c, lines, evidence, body: body)
            BodyEndTrimmers.mark(c..<body.upperBound, &evidence, as: .comments, rule: Self.evidence)
            return body.lowerBound..<end
        }
        return body
    }

    /// Headed boxes: a short line that ends no sentence right over a paragraph heads one. At least
    /// `minimumHeadings` of them, at most `paragraphsPerHeading` paragraphs to each, and no more than
    /// `maxParagraphsBeforeBoxes` before the first (a post that goes on under the line runs in
    /// paragraphs first).
    static func isBoxStack(_ tail: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var headings = 0
        var paragraphs = 0
        for k in tail {
            // A byline or date line past the comments line starts the next post of a listing, which
            // a sidebar's boxes never carry.
            if evidence[k].isMetadata { return false }
            if evidence[k].shape == .good {
                paragraphs += 1
            } else if k + 1 < tail.upperBound, evidence[k + 1].shape == .good, evidence[k].shape == .short,
                      !lines[k].endsSentence, lines[k].wordCount >= 1 {
                if headings == 0, paragraphs > maxParagraphsBeforeBoxes { return false }
                headings += 1
            }
        }
        return headings >= minimumHeadings && paragraphs <= paragraphsPerHeading * headings
    }

    /// Paragraphs the tail may open with before its first box (an author's note under the line).
    static let maxParagraphsBeforeBoxes = 1

    /// The article's end above the comments line: short labels left between them go with the line,
    /// but an item of a list the article closes with stays.
    static func endAbove(_ c: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int {
        var end = c
        while end > body.lowerBound, evidence[end - 1].listItem == nil, !lines[end - 1].endsSentence,
              evidence[end - 1].noise != nil || lines[end - 1].wordCount <= maxLabelWords {
            end -= 1
        }
        return end
    }

    /// A label left above the comments line is at most this many words.
    static let maxLabelWords = 3
}
