/// An article's header is its headline set directly over its byline or date line. Lines around it
/// that echo the body as well are its kicker or section label above (shorter) or the first
/// sub-heading below: when the scores chose one of them, the line over the byline is the headline.
enum HeaderAnchoredHeadline {
    /// The candidate directly above a byline or date line that should replace `chosen`, or nil.
    static func replacement(for chosen: HeadlineFinder.Candidate, among scored: [HeadlineFinder.Candidate],
                            _ lines: [TextLine], _ evidence: [LineEvidence]) -> HeadlineFinder.Candidate? {
        let chosenWords = lines[chosen.index].wordCount
        for c in scored where c.index != chosen.index && c.overlap >= 0.3 && isOverHeaderLine(c.index, lines, evidence) {
            let words = lines[c.index].wordCount
            guard (3...16).contains(words), !lines[c.index].text.hasSuffix(".") else { continue }
            if c.index < chosen.index {
                // The chosen line comes after the byline: a sub-heading that opens the body. A breadcrumb
                // ending in the chosen line ("Home / News / Headline") is no headline of its own.
                guard words >= 4, chosen.index > c.index + 1, chosen.index - c.index <= 12, c.score >= chosen.score - 6,
                      !lines[c.index].text.contains(lines[chosen.index].text) else { continue }
                var anchored = c
                anchored.reason = "headline: directly above the byline or date, before the sub-heading that opens the body" + HeaderMetadataLine.note(c.index + 1, lines, evidence)
                return anchored
            } else {
                // The chosen line sits just above the headline and is much shorter: a kicker or a section label.
                // A label that the line merely extends ("Search Site Name") is no kicker.
                guard c.index - chosen.index <= 3, chosenWords <= 5, chosenWords < words,
                      !lines[c.index].text.contains(lines[chosen.index].text) else { continue }
                var anchored = c
                anchored.reason = "headline: directly above the byline or date, under a shorter label" + HeaderMetadataLine.note(c.index + 1, lines, evidence)
                return anchored
            }
        }
        return nil
    }

    /// The next line is a byline or a short date line.
    private static func isOverHeaderLine(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard i + 1 < lines.count else { return false }
        return HeaderMetadataLine.matches(i + 1, lines, evidence)
    }
}
