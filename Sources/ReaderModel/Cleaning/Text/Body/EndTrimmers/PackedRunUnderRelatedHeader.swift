/// Ends the body at a related-stories label that stands apart under the article when what follows
/// it to the body's end is packed line on line: a box of teasers (headline and summary glued on
/// one line, or on two) copies with no blank line between its items, while the article above set
/// its paragraphs apart with blank lines. Teasers that read as full sentences carry the body's
/// score past the label; the change of layout at the label says they are another block. An inline
/// "related" line inside the article is followed by paragraphs set apart again, and an article
/// copied with no blank lines at all never shows the change, so both keep their body. Layout and
/// the label's vocabulary only: it reads every script the vocabulary names.
enum PackedRunUnderRelatedHeader: BodyEndTrimmer {
    static let evidence = "under a related-stories label, a packed run of lines (no blank line between them) where the article above set its paragraphs apart"
    /// Paragraphs above the label that show the article's layout.
    static let minimumParagraphsAbove = 3
    /// Lines under the label that make a box, not a stray line.
    static let minimumLinesUnder = 3
    /// Lines under the label a box of teasers holds at most: a handful of items and a share bar. A
    /// longer packed run under "See also" is the document's own notes and references.
    static let maximumLinesUnder = 30

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count > minimumParagraphsAbove + minimumLinesUnder else { return body }
        // The labels are few: one look at each line's noise settles most pages.
        var k = body.lowerBound + minimumParagraphsAbove
        while k <= body.upperBound - minimumLinesUnder {
            defer { k += 1 }
            guard evidence[k].noise == .related, evidence[k].noiseSource == .vocabulary, evidence[k].shape == .short,
                  lines[k].blankBefore, body.upperBound - k - 1 <= maximumLinesUnder, isPacked(k + 1..<body.upperBound, lines),
                  setsParagraphsApart(body.lowerBound..<k, lines, evidence) else { continue }
            BodyEndTrimmers.mark(k..<body.upperBound, &evidence, as: .related, rule: Self.evidence)
            return body.lowerBound..<k
        }
        return body
    }

    /// No blank line before any line of `run`, and no footnote opening with its back-link caret
    /// (`^`, `↑`): notes under "See also" are the document's, not teasers.
    private static func isPacked(_ run: Range<Int>, _ lines: [TextLine]) -> Bool {
        !run.contains { lines[$0].blankBefore || opensWithCaret(lines[$0].text) }
    }

    /// `^` or `↑` (E2 86 91) first: read on the first bytes only.
    private static func opensWithCaret(_ text: Substring) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first == UInt8(ascii: "^") { return true }
        return first == 0xE2 && bytes.next() == 0x86 && bytes.next() == 0x91
    }

    /// Enough clean paragraphs above, nearly all of them with a blank line before them.
    private static func setsParagraphsApart(_ above: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var apart = 0
        var packed = 0
        for i in above where evidence[i].noise == nil && evidence[i].shape == .good {
            if lines[i].blankBefore { apart += 1 } else { packed += 1 }
        }
        // A paragraph may sit glued under a dateline, a byline or an inline teaser's headline.
        return apart >= minimumParagraphsAbove && packed * 5 <= apart
    }
}
