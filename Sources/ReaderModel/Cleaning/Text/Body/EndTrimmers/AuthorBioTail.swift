/// The author's box under an article: near the body's end, a short heading that names the byline's
/// author ("About Jordan Example") over a short paragraph that opens with that name ("Jordan Example
/// covers energy for ..."). The byline names the writer, so a box headed and opened by that name is
/// about them, not the story. A bare name over a paragraph, or a closing paragraph that merely opens
/// with the author's name, is how some articles credit their writers, and stays. The name is compared
/// word for word, so the rule holds in any script.
enum AuthorBioTail: BodyEndTrimmer {
    static let evidence = "the author's box: a heading naming the byline's author over a paragraph that opens with the name"
    /// The paragraph is at most this long...
    static let maxWords = 90
    /// ...and so is what follows it to the body's end.
    static let maxWordsAfter = 90
    /// The heading is at most this many words.
    static let maxHeadingWords = 6
    /// The bio is looked for among this many last lines of the body.
    static let window = 6
    /// The article above holds at least this much prose.
    static let minimumProseAbove = 20.0

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        let first = max(body.lowerBound + 2, body.upperBound - window)
        guard first < body.upperBound else { return body }
        // The byline stands above the window: in the header or at the body's top.
        guard let bylineLine = (0..<first).first(where: { evidence[$0].byline != nil }),
              let byline = evidence[bylineLine].byline else { return body }
        // Tokenised as the lines are, so the comparison is word for word in any script.
        let name = Array(WordTokenizer.tokens(byline).words.prefix(2))
        guard name.count == 2, let given = name.first, given.count >= 2, given.first?.isLetter == true else { return body }
        for i in first..<body.upperBound {
            let line = lines[i]
            let heading = i - 1
            guard evidence[i].noise == nil, evidence[i].byline == nil, line.wordCount >= 5, line.wordCount <= maxWords,
                  opensWithName(line.words, name), isBoxHeading(lines[heading], evidence[heading], name) else { continue }
            let after = BodyEndTrimmers.proseWords((i + 1)..<body.upperBound, lines, scores: scores)
            guard after <= maxWordsAfter else { continue }
            let proseAbove = BodyEndTrimmers.prose(body.lowerBound..<heading, scores: scores)
            guard proseAbove >= minimumProseAbove else { return body }
            var cut = heading
            // Furniture and labels left above the box go with it.
            while cut > body.lowerBound, scores[cut - 1] <= 0, !lines[cut - 1].endsSentence || evidence[cut - 1].noise != nil { cut -= 1 }
            BodyEndTrimmers.mark(heading..<body.upperBound, &evidence, as: .credit, rule: Self.evidence)
            return body.lowerBound..<cut
        }
        return body
    }

    /// The box's heading: a short label that names the author and says more than the name ("About
    /// Jordan Example"); a bare name over a paragraph is how an article credits its contributors.
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
