/// Some pages sign the article at its foot: a byline line ("By Jo Example, in Lisbon") right under
/// the last paragraph. The article ends there; what the body holds below it is the page's (a
/// sponsored-links box, a sign-up appeal, a "more ideas below" line), which reads as prose and so
/// was bridged to. Only a byline with a full paragraph above it and little, short prose below it
/// closes the article: a byline over the article's own text heads it instead.
enum ClosingBylineTail: BodyEndTrimmer {
    static let evidence = "under the byline that closes the article, right below its last paragraph"
    static let bylineEvidence = "the byline that closes the article, right below its last paragraph"
    /// The byline line is at most this many words.
    static let maxBylineWords = 16
    /// The prose above holds at least this many words...
    static let minimumProseAbove = 120
    /// ...and at least this many times the prose below.
    static let minimumProseRatio = 5
    /// No line below is a paragraph this long: the article goes on.
    static let maxLineWordsBelow = 30

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        // From the end up: the lowest byline, with nothing longer than a box's line below it.
        var below = 0
        var i = body.upperBound - 1
        while i > body.lowerBound + 1 {
            let line = lines[i]
            if evidence[i].byline != nil, line.wordCount <= maxBylineWords, line.blankBefore, isParagraph(i - 1, lines, evidence) {
                guard below > 0 else { return body }
                let above = BodyEndTrimmers.proseWords(body.lowerBound..<i, lines, scores: scores)
                guard above >= minimumProseAbove, above >= minimumProseRatio * below else { return body }
                BodyEndTrimmers.mark((i + 1)..<body.upperBound, &evidence, as: .related, rule: Self.evidence)
                if evidence[i].isCleanOrFragment || evidence[i].noise == .metadata {
                    evidence[i].noise = .metadata
                    evidence[i].noiseSource = .rule(Self.bylineEvidence)
                }
                return body.lowerBound..<i
            }
            if scores[i] > 0 {
                guard line.wordCount <= maxLineWordsBelow else { return body }
                below += line.wordCount
            }
            i -= 1
        }
        return body
    }

    /// The article's last paragraph: prose closing on a sentence's end, no furniture.
    private static func isParagraph(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[i].shape == .good && evidence[i].noise == nil && !evidence[i].isCaption && lines[i].endsSentence
    }
}
