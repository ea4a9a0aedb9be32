/// A breadcrumb trail that ends with the headline ("Home / Headline"), the headline itself, then its
/// byline or date line: the article's own header, anchored twice. Prose above it (an "about the
/// author" box, a book blurb, testimonials in a tabbed sidebar) is page chrome however long it is,
/// so the body starts under the header even where `ArticleHeader` would weigh the two.
enum BreadcrumbAnchoredHeader: BodyStartSource {
    static let evidence = "above the article's breadcrumb, headline and byline"
    /// How far into the chosen run the header may sit.
    static let maxDepth = 40
    /// The article under the header must hold this many words of prose.
    static let minimumWords = 15

    /// The line under the anchored header, the lines above the breadcrumb named as chrome; nil otherwise.
    static func start(_ lines: [TextLine], _ evidence: [LineEvidence], run body: Range<Int>) -> BodyStart? {
        guard body.count >= 4 else { return nil }
        let limit = min(body.upperBound - 2, body.lowerBound + maxDepth)
        guard body.lowerBound < limit else { return nil }
        for crumb in body.lowerBound..<limit where endsWithHeadline(lines[crumb], lines[crumb + 1]) {
            guard let meta = ((crumb + 2)..<min(body.upperBound, crumb + 5)).first(where: { evidence[$0].byline != nil || evidence[$0].dateISO != nil }),
                  evidence[meta].shape != .good else { continue }
            guard ArticleHeader.proseWords(lines, evidence, (meta + 1)..<body.upperBound) >= minimumWords else { return nil }
            return BodyStart(line: meta + 1, evidence: Self.evidence, chrome: body.lowerBound..<crumb)
        }
        return nil
    }

    /// The crumb line ends with the next line's text of three words or more, after a separator.
    private static func endsWithHeadline(_ crumb: TextLine, _ headline: TextLine) -> Bool {
        guard headline.wordCount >= 3, crumb.text.utf8.count > headline.text.utf8.count + 2,
              crumb.text.hasSuffixCheaply(headline.text) else { return false }
        let lead = crumb.text.dropLast(headline.text.count).trimmingOuterSpace()
        guard let separator = lead.last else { return false }
        return "/>»›|:→".contains(separator)
    }
}
