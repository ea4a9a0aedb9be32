/// The author's box under an article: near the body's end, a short heading that names a writer the
/// page's bylines give ("About Jordan Example", "Written by Jordan Example"), then at most a few
/// short labels ("Connect", "Follow me"), then a note that opens with the name ("Jordan Example
/// covers energy for ..."). The byline names the writer, so a box headed and opened by that name is
/// about them, not the story; any byline counts, since a box's writer may be a guest author or the
/// site's editor rather than the page's first byline. A note right under the story, under a bare
/// name or under a date stays: that is how some articles credit their writers (a newspaper's
/// reporter note is part of its article). Names are compared word for word, so the rule holds in
/// any script.
enum AuthorBoxTail: BodyEndTrimmer {
    static let evidence = "the author's box: a line naming a byline's writer, over a note that opens with the name"
    /// The note holds at least this many words...
    static let minWords = 5
    /// ...and at most this many.
    static let maxWords = 200
    /// What follows the note to the body's end is at most this much prose.
    static let maxWordsAfter = 90
    /// The note is looked for among this many last lines of the body (furniture lines the body
    /// still holds below the note count too; `maxWordsAfter` bounds the prose among them).
    static let window = 12
    /// The heading is at most this many words.
    static let maxHeadingWords = 6
    /// Short labels ("Connect", "Friend me") may stand between the heading and the note...
    static let maxLabelWords = 3
    /// ...at most this many of them.
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
            guard let names, let name = names.first(where: { opensWithName(line.words, $0) }),
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
            // Tokenised as the lines are, so the comparison is word for word in any script.
            let name = Array(WordTokenizer.tokens(byline).words.prefix(2))
            guard name.count == 2, name[0].count >= 2, name[0].first?.isLetter == true, !names.contains(name) else { continue }
            names.append(name)
        }
        return names
    }

    /// The box's heading: the first line above the note, past short labels, that names the writer
    /// with more than the name. Nil when prose, a bare name or the body's top comes first.
    static func headingAbove(_ i: Int, _ name: [String], _ lines: [TextLine], _ evidence: [LineEvidence], floor: Int) -> Int? {
        var k = i - 1
        // A bare label set between the story's last paragraph (or the furniture under it) and the
        // note ("About the author...") heads the box without naming the writer: the note's opening names them.
        if k > floor, isUnnamedLabel(lines[k], evidence[k], name),
           evidence[k - 1].noise != nil || (evidence[k - 1].shape == .good && lines[k - 1].endsSentence) {
            return k
        }
        while k > floor, k >= i - 1 - maxLabels {
            if isBoxHeading(lines[k], evidence[k], name) { return k }
            // A short label ("Connect") is passed over; a longer line is the story, a bare name a credit.
            guard lines[k].wordCount <= maxLabelWords, !lines[k].endsSentence, !opensWithName(lines[k].words, name) else { return nil }
            k -= 1
        }
        return nil
    }

    /// A label of a few words, no figures and no name of the writer's in it: a box's heading when it
    /// stands alone between the story and the note.
    static func isUnnamedLabel(_ line: TextLine, _ ev: LineEvidence, _ name: [String]) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= maxLabelWords, ev.noise == nil || ev.noise == .fragment, !ev.isCaption,
              !line.words.contains(where: { $0 == name[0] || $0 == name[1] }) else { return false }
        return !line.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A short label that names the writer and says more than the name ("About Jordan Example"); a
    /// bare name over a paragraph is how an article credits its contributors.
    static func isBoxHeading(_ line: TextLine, _ ev: LineEvidence, _ name: [String]) -> Bool {
        guard line.wordCount > name.count, line.wordCount <= maxHeadingWords, !line.endsSentence, !ev.isCaption else { return false }
        let words = line.words
        for k in 0..<(words.count - 1) where words[k] == name[0] && words[k + 1] == name[1] { return true }
        return false
    }

    /// The byline's name opening the paragraph; a name glued to a label ("DoeEmail") still counts by its start.
    static func opensWithName(_ words: [String], _ name: [String]) -> Bool {
        guard name.count == 2, words.count >= 2, words[0] == name[0] else { return false }
        let next = words[1]
        let family = name[1]
        return next.count >= 2 && (family.hasPrefix(next) || next.hasPrefix(family))
    }
}
