/// The author's box under a story's tag row: the writer's bare name, as a byline on the page gives
/// it, over a note that opens with the name. A bare name over a note right under the story is how
/// some papers credit their writers (`AuthorBoxTail` keeps it); past the tag row that closes the
/// story it is the page's box about its writer.
enum AuthorBoxUnderTagRow {
    static let evidence = "the author's box under the tag row: a byline's writer's bare name over a note opening with the name"
    /// The note holds this many words.
    static let noteWords = 6...120

    /// Marks the box right under the tag row at line `row`, if one is there.
    static func mark(under row: Int, _ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        let nameLine = row + 1, note = row + 2
        guard note < lines.count, evidence[nameLine].noise == nil, evidence[note].noise == nil,
              lines[nameLine].words.count == 2, !lines[nameLine].endsSentence,
              lines[note].endsSentence, noteWords.contains(lines[note].wordCount),
              lines[note].words.starts(with: lines[nameLine].words) else { return }
        let names = AuthorBoxTail.bylineNames(evidence)
        guard names.contains(where: { AuthorBoxTail.opensWithName(lines[nameLine].words, $0) }) else { return }
        for k in [nameLine, note] {
            evidence[k].noise = .credit
            evidence[k].noiseSource = .rule(Self.evidence)
        }
    }
}
