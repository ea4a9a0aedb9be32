/// A blog theme's filing sentence as the post's last line, right above its comment section: "Filed
/// in Harbour and marked Ferries, Tides, Rowing by Jordan Example. Keep the link." It names the
/// writer the byline gave and lists the post's categories; the article's own last paragraph rarely
/// names its writer in full and lists names. The byline's name is compared word for word and the
/// list is read by its separators, so no word of any language is needed.
enum BylineFilingSentence: BodyEndTrimmer {
    static let evidence = "the post's filing sentence: the byline's writer and a list of names, above the comment section"
    /// The line is at most this many words.
    static let maxWords = 40
    /// The list has at least this many separator-parted parts.
    static let minimumParts = 4
    /// The prose above holds at least this many times the line's words.
    static let minimumProseRatio = 0.5

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2, let last = body.last, body.upperBound < lines.count,
              BodyEndTrimmers.opensComments(evidence[body.upperBound]) else { return body }
        let line = lines[last]
        guard evidence[last].noise == nil, evidence[last].listItem == nil, line.wordCount <= maxWords, line.wordCount >= minimumParts,
              let list = ListShape.read(line.text), list.items + 1 >= minimumParts else { return body }
        let words = line.words
        guard AuthorBoxTail.bylineNames(evidence).contains(where: { name in
            words.indices.dropLast().contains { words[$0] == name[0] && words[$0 + 1] == name[1] }
        }) else { return body }
        let prose = BodyEndTrimmers.prose(body.lowerBound..<last, scores: scores)
        guard prose > 0, prose >= minimumProseRatio * Double(line.wordCount) else { return body }
        evidence[last].noise = .navigation
        evidence[last].noiseSource = .rule(Self.evidence)
        return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(last, lines, scores: scores, body: body)
    }
}
