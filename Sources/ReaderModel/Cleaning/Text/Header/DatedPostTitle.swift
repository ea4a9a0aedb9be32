/// A blog prints each post's date over its title ("Tuesday, June 17, 2008", then "Rescuing the
/// rhubarb", then the post): when the scores choose a line above that date (the blog's tagline,
/// which the date then seems to follow as a byline would), the post's title is the short line
/// between the date and the body.
enum DatedPostTitle {
    static let evidence = "headline: the short line under the post's date, right above the body"

    /// The scored line right above the body, right under a date line that sits below the chosen
    /// line, headline-shaped and speaking of the body; nil otherwise.
    static func replacement(for chosen: HeadlineFinder.Candidate, among scored: [HeadlineFinder.Candidate],
                            _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> HeadlineFinder.Candidate? {
        let title = body.lowerBound - 1
        guard title - 1 > chosen.index, evidence[title - 1].dateISO != nil, lines[title - 1].wordCount <= 8,
              (2...10).contains(lines[title].wordCount), !lines[title].endsSentence,
              var own = scored.first(where: { $0.index == title }), own.overlap >= 0.3 else { return nil }
        own.reason = Self.evidence
        return own
    }
}
