/// A line glued right over the headline inside the chosen run, in the headline's own block (no blank
/// line between), belongs to the header, not to the article the headline opens: a notice set over
/// the story ("this story is unlisted..."), a blog's tagline, a row of links to the posts around it.
/// The article's text starts under its headline, so the body starts at the headline when the run's
/// first lines are that block and the prose under the headline outweighs them.
enum BlockGluedOverHeadline {
    static let evidence = "glued over the headline in its block: the header's, not the article's"
    /// Lines of the run above the headline, at most.
    static let maxLines = 2
    /// The prose under the headline holds at least this many times the words above it.
    static let minimumRatio = 2

    /// The run from its headline at `title` when the run's first lines are glued over it; nil otherwise.
    /// The lines left out are marked with the evidence.
    static func start(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>, title: Int?) -> Int? {
        guard let title, title > body.lowerBound, title < body.upperBound, title - body.lowerBound <= maxLines else { return nil }
        // One block: no blank line from the run's first line down to the headline.
        for k in (body.lowerBound + 1)...title where lines[k].blankBefore { return nil }
        var above = 0
        for k in body.lowerBound..<title { above += lines[k].wordCount }
        var under = 0
        for k in (title + 1)..<body.upperBound where evidence[k].noise == nil && evidence[k].shape == .good {
            under += lines[k].wordCount
            if under >= above * minimumRatio { break }
        }
        guard under >= above * minimumRatio else { return nil }
        for k in body.lowerBound..<title where evidence[k].isCleanOrFragment {
            evidence[k].noise = .banner
            evidence[k].noiseSource = .rule(Self.evidence)
        }
        return title
    }
}
