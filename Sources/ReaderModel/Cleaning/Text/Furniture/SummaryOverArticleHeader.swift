/// The last teaser of a "most read" box often sits right over the article's own header: its summary
/// sentence, then the article's headline, then its date or byline. The date two lines down belongs
/// to that headline, not to the summary, so the summary stays in the teaser run instead of
/// stopping it; a short brief under the header is then not outweighed by the teaser's sentence.
enum SummaryOverArticleHeader {
    /// Line `j` reads as a summary sentence (prose, not a headline) and the line under it heads the
    /// article: a title-like line directly over a byline or date line.
    static func holds(_ j: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let headline = j + 1
        let header = j + 2
        guard header < lines.count, evidence[j].shape != .short, lines[j].endsSentence,
              evidence[headline].byline == nil, evidence[headline].dateISO == nil,
              evidence[header].byline != nil || evidence[header].dateISO != nil else { return false }
        return ArticleHeadline.matches(lines[headline], evidence[headline])
    }
}
