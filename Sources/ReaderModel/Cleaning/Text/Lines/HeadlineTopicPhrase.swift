/// A chrome phrase the post's own headline names ("Subscription plans are here" over a paragraph
/// pricing the plans) is the topic of a short post, which has no two other paragraphs to say so:
/// the post's opening paragraph under that headline is not an appeal.
enum HeadlineTopicPhrase {
    /// A headline: a few words, not a sentence.
    static let headlineWords = 3...14
    /// Byline, date and standfirst may stand between the headline and the paragraph.
    static let maxLinesBetween = 3
    /// Lines this long are paragraphs: none may stand between the headline and the paragraph.
    static let paragraphWords = 15
    /// How far below the paragraph the post's next kept paragraph must start.
    static let maxLinesToNextParagraph = 2
    /// A word of a phrase this long names its topic ("subscription", not "for").
    static let minNamingBytes = 5

    /// The phrases of `ids` the headline above line `i` names, and that headline's line, when they
    /// alone condemned it and the line opens a post (headline and header above, kept prose below).
    static func named(_ ids: [Int], at i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> (phrases: [Int], headline: Int)? {
        guard let h = headline(above: i, lines, evidence) else { return nil }
        // A phrase is named when the headline holds one of its words of substance ("digital
        // subscription" under a headline on the subscription): the paragraph qualifies the topic.
        let headlineWords = lines[h].words
        var named: [Int] = []
        for id in ids where !named.contains(id)
            && NoiseVocabulary.phrases[id].words.contains(where: { $0.utf8.count >= minNamingBytes && headlineWords.contains($0) }) {
            named.append(id)
        }
        guard !named.isEmpty, followedByProse(i, lines, evidence) else { return nil }
        let line = lines[i]
        // Only a verdict the phrase tally gave is undone, and only when the named phrases carried it.
        guard NoiseVocabulary.tallyReason(words: line.words, endsSentence: line.endsSentence, ids: ids, excluding: []) != nil,
              NoiseVocabulary.tallyReason(words: line.words, endsSentence: line.endsSentence, ids: ids, excluding: named) == nil
        else { return nil }
        return (named, h)
    }

    /// "vocabulary: \"subscription\" is named by the headline (line 1)".
    static func note(_ named: [Int], headlineLine: Int) -> String {
        var phrases: [String] = []
        for id in named {
            let phrase = "\"" + NoiseVocabulary.phrases[id].words.joined(separator: " ") + "\""
            if !phrases.contains(phrase) { phrases.append(phrase) }
        }
        return "vocabulary: " + phrases.joined(separator: ", ") + " named by the headline (line \(headlineLine)), the post's topic"
    }

    /// The kept headline-shaped line with a phrase, a few short kept lines above `i`.
    private static func headline(above i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        var j = i - 1
        while j >= 0, j >= i - 1 - maxLinesBetween {
            let line = lines[j]
            // A paragraph above: the line is inside the text, not its opening.
            guard line.wordCount < paragraphWords else { return nil }
            if headlineWords.contains(line.wordCount), !line.endsSentence, !line.phraseStarts.isEmpty,
               evidence[j].noise == nil, !evidence[j].isCaption, evidence[j].byline == nil, evidence[j].dateISO == nil {
                return j
            }
            j -= 1
        }
        return nil
    }

    /// The post goes on: a kept prose paragraph follows within a line or two.
    private static func followedByProse(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var j = i + 1
        while j < lines.count, j <= i + maxLinesToNextParagraph {
            if lines[j].wordCount >= paragraphWords {
                return evidence[j].noise == nil && lines[j].endsSentence && evidence[j].shape == .good
            }
            j += 1
        }
        return false
    }
}
