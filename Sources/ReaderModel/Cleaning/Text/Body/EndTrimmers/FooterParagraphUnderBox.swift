/// A post's footer paragraph (an appeal to comment or subscribe, a reprint note) glued right over
/// its filing line, with a box of removed lines (related posts, a share bar) between it and the
/// article's text: the article ended at the box, and one paragraph set between the box and the
/// footer line, with no blank line parting it from that line, is the footer's, not the article resuming.
/// `TaxonomyLineTail` then ends the body at the box and weighs only this paragraph against the article.
enum FooterParagraphUnderBox {
    static let evidence = "the post footer's paragraph: glued over the filing line, under a box of removed lines that closed the article"
    /// The paragraph is at most this many words: an appeal or a note, not a section of the article.
    static let maxWords = 50
    /// The box holds at least this many removed lines that are not mere fragments.
    static let minimumBoxLines = 3

    /// Where the footer paragraph stands and where the box above it starts.
    struct Footer: Equatable, Sendable {
        let paragraph: Int
        let box: Int
    }

    /// The footer paragraph right above the footer line at `t` (glued to it) with a box of removed
    /// lines right above the paragraph, inside `body`; nil when the lines are not laid out so.
    static func find(above t: Int, _ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double], body: Range<Int>) -> Footer? {
        let p = t - 1
        guard p > body.lowerBound, t < lines.count, !lines[t].blankBefore, scores[p] > 0, lines[p].wordCount <= maxWords,
              evidence[p].noise == nil, !evidence[p].isCaption, evidence[p].listItem == nil else { return nil }
        var k = p - 1
        var boxLines = 0
        while k > body.lowerBound, let noise = evidence[k].noise {
            if noise != .fragment { boxLines += 1 }
            k -= 1
        }
        // The box parts the paragraph from prose of the article above it.
        guard boxLines >= minimumBoxLines, evidence[k].noise == nil, scores[k] > 0 else { return nil }
        return Footer(paragraph: p, box: k + 1)
    }
}
