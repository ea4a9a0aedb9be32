/// A poem, a hymn or song lyrics copies as stanzas of short lines glued together, most ending in a
/// comma, a colon or a full stop: each line alone is too short to read as prose, so the scored body
/// lands on some blurb in the sidebar while the post itself scores as nothing. Shape only: line
/// length, closing punctuation, lines glued into stanzas and few capitalised words (a menu or a
/// list of headlines is capitalised and unpunctuated). Weighed by its words, like a short post.
enum VersePost: BodyEvidenceSource {
    static let evidence = "verse (stanzas of short punctuated lines), weighed by its words"
    /// A verse line holds this many words.
    static let wordRange = 3...12
    /// The run holds this many lines and words at least.
    static let minimumLines = 8
    static let minimumWords = 40
    /// This share of its lines end in punctuation and are glued to the line above (stanzas, not a list).
    static let minimumPunctuatedShare = 0.6
    static let minimumGluedShare = 0.6
    /// Function words among the run's words: verse is written in sentences, a list of names is not.
    static let minimumStopwordShare = 0.2

    /// The longest verse run of the page when it lies outside the heaviest run; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        guard let run = longestRun(lines, evidence), !run.range.overlaps(heaviest.range) else { return nil }
        return BodyCandidate(range: run.range, prose: Double(run.words),
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(1), keepsShortLines: true)])
    }

    /// The longest run of verse-shaped lines that reads as stanzas, with its words.
    static func longestRun(_ lines: [TextLine], _ evidence: [LineEvidence]) -> (range: Range<Int>, words: Int)? {
        var best: (range: Range<Int>, words: Int)?
        var start = 0
        for i in 0...lines.count {
            if i < lines.count, isVerseLine(lines[i], evidence, i) { continue }
            if i - start >= minimumLines, let run = stanzas(start..<i, lines), run.words > (best?.words ?? 0) { best = run }
            start = i + 1
        }
        return best
    }

    /// The run's words when its lines are punctuated and glued like stanzas; nil otherwise.
    private static func stanzas(_ run: Range<Int>, _ lines: [TextLine]) -> (range: Range<Int>, words: Int)? {
        var words = 0
        var stopwords = 0
        var punctuated = 0
        var glued = 0
        for i in run {
            words += lines[i].wordCount
            stopwords += lines[i].stopwordCount
            if endsInPunctuation(lines[i].text) { punctuated += 1 }
            if i > run.lowerBound, !lines[i].blankBefore { glued += 1 }
        }
        let count = Double(run.count)
        guard words >= minimumWords, Double(stopwords) >= Double(words) * minimumStopwordShare, Double(punctuated) >= count * minimumPunctuatedShare,
              Double(glued) >= (count - 1) * minimumGluedShare else { return nil }
        return (run, words)
    }

    /// A clean short line of mostly lower-case words.
    // By index into the page's evidence: a copy of a line's whole evidence retains its every string.
    private static func isVerseLine(_ line: TextLine, _ evidence: [LineEvidence], _ i: Int) -> Bool {
        guard evidence[i].noise == nil, !evidence[i].isCaption, !evidence[i].isMetadata, !evidence[i].isTimestamp,
              evidence[i].shape != .good,
              wordRange.contains(line.wordCount) else { return false }
        // Verse lines open with a capital and say "I"; a title-cased headline capitalises them all.
        return line.capitalizedCount * 2 <= line.wordCount + 1
    }

    /// Whether the body choice kept this line as part of a verse post.
    static func isChosen(_ ev: LineEvidence) -> Bool {
        ev.isShortPostLine && ev.keptNote?.hasPrefix(evidence) == true
    }

    private static func endsInPunctuation(_ text: Substring) -> Bool {
        switch text.utf8.last {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"): return true
        default: return false
        }
    }
}
