/// Excerpts of other posts set above the article, each closed by the same short link line ("Read
/// on »", "Weiterlesen", "続きを読む") that recurs through the page, then the article's own byline
/// or date line: the excerpts are a teaser box, however much prose they hold, so the body starts
/// under that header. `ArticleHeader` weighs the prose above a header against the article and
/// keeps a heavy box; the closer after every paragraph says what the box is. Only repeat counts,
/// word counts and shapes are read, so the rule holds in every script.
enum ReadMoreTeasersAboveHeader: BodyStartSource {
    static let evidence = "excerpts above the article's byline, each closed by the same read-more line"
    /// How far into the chosen run the last excerpt's closer may sit.
    static let maxDepth = 40
    /// The closer recurs at least this often in the page (the box's excerpts and others elsewhere).
    static let minimumRepeats = 3
    /// Excerpts the box above the header needs.
    static let minimumExcerpts = 2
    /// A closer is a link's label: at most this many words...
    static let maxCloserWords = 4
    /// ...and this many bytes.
    static let maxCloserBytes = 40
    /// An excerpt is a paragraph of at least this many words.
    static let minimumExcerptWords = 12
    /// The header's metadata line sits at most this many lines under the last closer.
    static let maxHeaderGap = 12
    /// The article under the header holds at least this many words of prose.
    static let minimumArticleWords = 40

    static func start(_ lines: [TextLine], _ evidence: [LineEvidence], run: Range<Int>) -> BodyStart? {
        let limit = min(run.upperBound, run.lowerBound + maxDepth)
        guard run.count >= 6 else { return nil }
        // Cheap shape first: a short line repeated in the page right under a paragraph.
        var first: Int?
        for k in (run.lowerBound + 1)..<max(run.lowerBound + 1, limit) where isCloserShaped(k, lines, evidence) {
            first = k
            break
        }
        guard let first else { return nil }
        let closer = lines[first].text
        var closers = 0
        var last = first
        for k in first..<limit where lines[k].text == closer && isCloserShaped(k, lines, evidence) {
            closers += 1
            last = k
        }
        guard closers >= minimumExcerpts else { return nil }
        // Every paragraph above the last closer is an excerpt: a closer right under it.
        for k in run.lowerBound..<last where isExcerptShaped(k, lines, evidence) {
            guard lines[k + 1].text == closer else { return nil }
        }
        // The article's header under the box, then its prose, with no closer between its paragraphs
        // (a label recurring there, "Advertisement", is the article's own furniture).
        let headerEnd = min(run.upperBound, last + 1 + maxHeaderGap)
        guard let header = ((last + 1)..<headerEnd).first(where: { HeaderMetadataLine.matches($0, lines, evidence) }),
              ArticleHeader.proseWords(lines, evidence, (header + 1)..<run.upperBound) >= minimumArticleWords,
              !((header + 1)..<run.upperBound).contains(where: { lines[$0].text == closer })
        else { return nil }
        return BodyStart(line: header + 1, evidence: Self.evidence, chrome: run.lowerBound..<header, chromeReason: .related)
    }

    /// A link's label repeated in the page, right under a paragraph.
    @inline(__always)
    private static func isCloserShaped(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].repeatsInPage >= minimumRepeats && lines[k].text.utf8.count <= maxCloserBytes
            && (1...maxCloserWords).contains(lines[k].wordCount) && isExcerptShaped(k - 1, lines, evidence)
    }

    /// A clean paragraph long enough to be an excerpt.
    @inline(__always)
    private static func isExcerptShaped(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil && evidence[k].shape != .short && !evidence[k].isCaption && lines[k].wordCount >= minimumExcerptWords
    }
}
