/// An author's box whose heading stands a few labels above its note: near the body's end, a short
/// line that names a writer the page's bylines give ("Written by Jordan Example", "Author: Jordan
/// Example"), then at most a few short labels ("Connect", "Follow me"), then a paragraph that opens
/// with the name ("Jordan Example is a reporter ..."). `AuthorBioTail` reads the heading right over
/// the note and only the first byline's name; a box's labels and a second writer's byline (a guest
/// post's author, the site's editor) hide it from that rule. A note right under the story, under a
/// bare name or under a date stays: that is how some articles credit their writers (a newspaper's
/// reporter note is part of its article). Names are compared word for word, so the rule holds in
/// any script.
enum BylineNamedBioTail: BodyEndTrimmer {
    static let evidence = "the author's box: a line naming a byline's writer, a few labels above a paragraph that opens with the name"
    /// The note holds at least this many words (a credit line is shorter)...
    static let minWords = 15
    /// ...and at most this many.
    static let maxWords = 200
    /// What follows the note to the body's end is at most this much prose.
    static let maxWordsAfter = 90
    /// The note is looked for among this many last lines of the body (furniture lines the body
    /// still holds below the note count too; `maxWordsAfter` bounds the prose among them).
    static let window = 12
    /// Short labels ("Connect", "Friend me") may stand between the heading and the note.
    static let maxLabelWords = 3
    /// At most this many of them.
    static let maxLabels = 3
    /// The article above holds at least this much prose.
    static let minimumProseAbove = 20.0

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        let first = max(body.lowerBound + 2, body.upperBound - window)
        guard first < body.upperBound else { return body }
        var names: [[String]]?
        for i in first..<body.upperBound {
            let line = lines[i]
            guard evidence[i].noise == nil, evidence[i].byline == nil, !evidence[i].isCaption,
                  line.wordCount >= minWords, line.wordCount <= maxWords, line.words.count >= 2 else { continue }
            // The page's byline names, read once and only when a paragraph could be a note.
            if names == nil { names = bylineNames(evidence) }
            guard let names, let name = names.first(where: { AuthorBioTail.opensWithName(line.words, $0) }),
                  let heading = headingAbove(i, name, lines, evidence, floor: body.lowerBound) else { continue }
            guard BodyEndTrimmers.proseWords((i + 1)..<body.upperBound, lines, scores: scores) <= maxWordsAfter else { continue }
            guard BodyEndTrimmers.prose(body.lowerBound..<heading, scores: scores) >= minimumProseAbove else { return body }
            BodyEndTrimmers.mark(heading..<body.upperBound, &evidence, as: .credit, rule: Self.evidence)
            // Labels left between the story and the heading go with the box.
            return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(heading, lines, scores: scores, body: body)
        }
        return body
    }

    /// The first two words of each byline on the page: a writer's given and family name.
    static func bylineNames(_ evidence: [LineEvidence]) -> [[String]] {
        var names: [[String]] = []
        for ev in evidence {
            guard let byline = ev.byline else { continue }
            let name = Array(WordTokenizer.tokens(byline).words.prefix(2))
            guard name.count == 2, name[0].count >= 2, name[0].first?.isLetter == true, !names.contains(name) else { continue }
            names.append(name)
        }
        return names
    }

    /// The box's heading: the first line above the note, past short labels, that names the writer
    /// with more than the name (`AuthorBioTail.isBoxHeading`). Nil when prose, a bare name or the
    /// body's top comes first.
    static func headingAbove(_ i: Int, _ name: [String], _ lines: [TextLine], _ evidence: [LineEvidence], floor: Int) -> Int? {
        var k = i - 1
        while k > floor, k >= i - 1 - maxLabels {
            if AuthorBioTail.isBoxHeading(lines[k], evidence[k], name) { return k }
            // A short label ("Connect") is passed over; a longer line is the story, a bare name a credit.
            guard lines[k].wordCount <= maxLabelWords, !lines[k].endsSentence, !AuthorBioTail.opensWithName(lines[k].words, name) else { return nil }
            k -= 1
        }
        return nil
    }
}
