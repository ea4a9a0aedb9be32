/// A headline over its standfirst, then the byline or date: this article's own header, where a
/// breadcrumb's last label ("Новости", "News") heads no run of teasers. The byline-or-date test of
/// a teaser run looks two lines ahead, which a standfirst between them pushes out of reach.
enum HeadlineOverStandfirst {
    static let evidence = "the article's own headline: a standfirst sentence and then its byline or date follow"

    /// Line `j` is followed, after a blank line, by one sentence of standfirst length and then,
    /// within two lines, by a byline or a date.
    static func holds(_ j: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let k = j + 1
        guard k + 1 < lines.count, lines[k].blankBefore, evidence[k].noise == nil, !evidence[k].isCaption,
              (6...60).contains(lines[k].wordCount), lines[k].endsSentence else { return false }
        return ((k + 1)..<min(lines.count, k + 3)).contains { evidence[$0].byline != nil || evidence[$0].dateISO != nil }
    }
}
