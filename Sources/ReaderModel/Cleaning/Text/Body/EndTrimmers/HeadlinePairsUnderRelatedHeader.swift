/// Ends the body at a related-stories label under the article when what follows it to the body's
/// end is a slideshow copied as text: pair after pair of a short headline line over a long caption
/// paragraph. The captions read as prose, so the body's score carries past the label; the label
/// alone is too weak (an inline "related" line sits inside articles too), so the rule also asks for
/// the change of layout at the label: the article above runs paragraph on paragraph with no
/// headings between them, while under the label every paragraph has its own headline. An article
/// whose sections carry headings above the label as below it keeps its body. Layout, word counts
/// and the label's vocabulary only: it reads every script the vocabulary names.
enum HeadlinePairsUnderRelatedHeader: BodyEndTrimmer {
    static let evidence = "under a related-stories label, a slideshow: short headline lines each over a long caption, where the article above ran with no headings"
    /// Paragraphs above the label that show the article's layout.
    static let minimumParagraphsAbove = 3
    /// Headline-and-caption pairs under the label that make a slideshow, not a section or two.
    static let minimumPairs = 3
    /// A headline is at most this many words...
    static let maximumHeadlineWords = 16
    /// ...and a caption at least this many: a paragraph, not a teaser's summary line.
    static let minimumCaptionWords = 40
    /// Lines right under the label the vocabulary already took ("Loading", the first item's headline).
    static let maximumLeadingNoise = 4

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count > minimumParagraphsAbove + 2 * minimumPairs else { return body }
        // The labels are few: one look at each line's noise settles most pages.
        var k = body.lowerBound + minimumParagraphsAbove
        while k <= body.upperBound - 2 * minimumPairs {
            defer { k += 1 }
            guard evidence[k].noise == .related, evidence[k].noiseSource == .vocabulary, evidence[k].shape == .short,
                  lines[k].blankBefore, isSlideshow(k + 1..<body.upperBound, lines, evidence),
                  runsWithoutHeadings(body.lowerBound..<k, lines, evidence) else { continue }
            BodyEndTrimmers.mark(k..<body.upperBound, &evidence, as: .related, rule: Self.evidence)
            return body.lowerBound..<k
        }
        return body
    }

    /// A headline line: clean, set apart, a few words.
    @inline(__always)
    static func isHeadline(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[i].isCleanOrFragment && lines[i].blankBefore && lines[i].wordCount <= maximumHeadlineWords
    }

    /// A caption paragraph: clean, set apart, long.
    @inline(__always)
    static func isCaption(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[i].isCleanOrFragment && lines[i].blankBefore && lines[i].wordCount >= minimumCaptionWords
    }

    /// `run` is, after a few lines already taken as noise and the first item's caption (its headline
    /// among them), nothing but headline-over-caption pairs, enough of them to be a slideshow.
    static func isSlideshow(_ run: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var i = run.lowerBound
        var leading = 0
        while i < run.upperBound, !evidence[i].isCleanOrFragment {
            leading += 1
            guard leading <= maximumLeadingNoise else { return false }
            i += 1
        }
        var pairs = 0
        // The first item's headline may have gone with the label, leaving its caption alone.
        if leading > 0, i < run.upperBound, isCaption(i, lines, evidence) { pairs += 1; i += 1 }
        while i + 1 < run.upperBound, isHeadline(i, lines, evidence), isCaption(i + 1, lines, evidence) {
            pairs += 1
            i += 2
        }
        return i == run.upperBound && pairs >= minimumPairs
    }

    /// From its first long paragraph to the label, the article runs paragraph on paragraph: enough
    /// long paragraphs, and no short line set between two of them as a heading.
    static func runsWithoutHeadings(_ above: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard let first = above.first(where: { isCaption($0, lines, evidence) }) else { return false }
        var paragraphs = 0
        for i in first..<above.upperBound where evidence[i].isCleanOrFragment {
            if lines[i].wordCount >= minimumCaptionWords { paragraphs += 1; continue }
            if i + 1 < above.upperBound, isHeadline(i, lines, evidence), isCaption(i + 1, lines, evidence) { return false }
        }
        return paragraphs >= minimumParagraphsAbove
    }
}
