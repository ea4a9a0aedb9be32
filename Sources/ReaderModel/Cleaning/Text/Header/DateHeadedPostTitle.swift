/// A blog post's title set between its date line and its first paragraph, under the blog's own
/// name and tagline: the archive list beside the post repeats the title, which must not hand the
/// headline to the tagline that happens to sit over the date.
enum DateHeadedPostTitle {
    static let evidence = "headline: the post's title between its date line and its first paragraph (the page lists it again, as an archive does)"

    /// The candidate that stands directly under a date line and directly over the body's first
    /// line, repeated elsewhere in the page after the body, when `chosen` sits above that date line.
    static func replacement(for chosen: HeadlineFinder.Candidate, among scored: [HeadlineFinder.Candidate],
                            _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> HeadlineFinder.Candidate? {
        let i = body.lowerBound - 1
        guard i >= 1, chosen.index < i - 1, evidence[i].repeatsInPage >= 2,
              let c = scored.first(where: { $0.index == i }), c.overlap >= 0.3, c.overlap > chosen.overlap,
              (2...16).contains(lines[i].wordCount), !lines[i].endsSentence,
              evidence[i - 1].dateISO != nil, evidence[i - 1].byline == nil,
              HeaderMetadataLine.matches(i - 1, lines, evidence, allowing: .cleanOrRepeated),
              repeatsAfterBody(i, lines, body: body) else { return nil }
        var anchored = c
        anchored.reason = Self.evidence
        return anchored
    }

    /// The title's other copy stands after the body's first line: a list of posts beside or under it,
    /// not a breadcrumb or kicker above.
    private static func repeatsAfterBody(_ i: Int, _ lines: [TextLine], body: Range<Int>) -> Bool {
        let text = lines[i].text
        let count = lines[i].text.utf8.count
        for k in body.lowerBound..<lines.count where lines[k].text.utf8.count == count && lines[k].text == text { return true }
        return false
    }
}
