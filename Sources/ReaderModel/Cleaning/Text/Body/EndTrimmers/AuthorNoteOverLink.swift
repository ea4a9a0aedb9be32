/// The author's box read from below: near the body's end, a note that opens with a name ("Jordan
/// Example covers energy for ...", "Jordan is a freelance ..."), right over a short link line that
/// names the same writer with more than the name ("More posts by Jordan Example", "Follow Jordan
/// Example"). A box's link to the writer's other posts follows their note; a story's closing
/// paragraph is not followed by a line naming its first words. The page need give no byline (a guest
/// writer's box), so the note's own opening is the name; a note whose name the article above already
/// speaks of is about someone in the story and stays. Names are compared word for word, so the rule
/// holds in any script.
enum AuthorNoteOverLink: BodyEndTrimmer {
    static let evidence = "the author's box: a note opening with a name, over a short link line naming the same writer"
    /// The note holds at least this many words...
    static let minWords = 6
    /// ...and at most this many.
    static let maxWords = 120
    /// The note is looked for among this many last lines of the body.
    static let window = 8
    /// The link line is at most this many words.
    static let maxLinkWords = 6
    /// A short label ("Connect") may stand between the note and the link: at most this many words.
    static let maxLabelWords = 3
    /// What follows the note to the body's end is at most this much prose.
    static let maxWordsAfter = AuthorBoxTail.maxWordsAfter
    /// The article above holds at least this much prose.
    static let minimumProseAbove = AuthorBoxTail.minimumProseAbove

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        let first = max(body.lowerBound + 2, body.upperBound - window)
        guard first < body.upperBound else { return body }
        for i in first..<body.upperBound {
            let line = lines[i]
            // Cheap shape first: a prose paragraph of a note's length with a short line under it.
            guard scores[i] > 0, evidence[i].noise == nil, evidence[i].byline == nil, !evidence[i].isCaption,
                  line.wordCount >= minWords, line.wordCount <= maxWords, line.words.count >= 2,
                  let link = linkBelow(i, lines, evidence) else { continue }
            guard let name = openingName(line), names(lines[link].words, name, beyondName: true),
                  name.count > 1 || !headlineWordFollows(name[name.startIndex], in: lines[link].text) else { continue }
            guard BodyEndTrimmers.proseWords((i + 1)..<body.upperBound, lines, scores: scores) <= maxWordsAfter,
                  BodyEndTrimmers.prose(body.lowerBound..<i, scores: scores) >= minimumProseAbove,
                  !spokenOfAbove(name, lines, scores: scores, in: body.lowerBound..<i) else { continue }
            BodyEndTrimmers.mark(i..<body.upperBound, &evidence, as: .credit, rule: Self.evidence)
            return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(i, lines, scores: scores, body: body)
        }
        return body
    }

    /// The link line under the note at `i`: the next line, or the one after a short label. Nil when
    /// the next lines are longer, end a sentence, or the page ends.
    static func linkBelow(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        var k = i + 1
        while k < lines.count, k <= i + 2 {
            let line = lines[k]
            if line.wordCount >= 2, line.wordCount <= maxLinkWords, !line.endsSentence, !evidence[k].isCaption { return k }
            guard line.wordCount <= maxLabelWords, !line.endsSentence else { return nil }
            k += 1
        }
        return nil
    }

    /// The writer's name the note opens with: its first two words when both are capitalised, or the
    /// first alone when the second is written in lower case ("Jordan is a ..."). A function word
    /// ("The", "Its") opens no name. Scripts without case keep two words. Nil when no name opens it.
    static func openingName(_ line: TextLine) -> ArraySlice<String>? {
        let words = line.words
        guard !line.firstWord.isStopword, let head = line.text.first, !head.isLowercase else { return nil }
        // Only uncased scripts and capitalised words open a name: a note opening in lower case is prose.
        guard let space = line.text.firstIndex(of: " ") else { return words.prefix(2) }
        guard let second = line.text[line.text.index(after: space)...].first(where: { $0.isLetter }) else { return nil }
        // A given name alone is a bare word: "Meanwhile," or "Still:" opening a sentence is no name.
        if second.isLowercase {
            let given = line.text[..<space]
            return head.isUppercase && given.allSatisfy({ $0.isLetter || $0 == "-" }) ? words.prefix(1) : nil
        }
        return words.prefix(2)
    }

    /// `words` holds `name` word for word; with `beyondName`, the line says more than the name alone
    /// (a bare name over or under a note is how some articles credit their writers).
    static func names(_ words: [String], _ name: ArraySlice<String>, beyondName: Bool) -> Bool {
        guard !name.isEmpty, words.count >= name.count, !beyondName || words.count > name.count else { return false }
        let n = name.count
        for k in 0...(words.count - n) where words[k] == name[name.startIndex] {
            if words[k..<(k + n)].elementsEqual(name) {
                // A one-word name is a given name: the link gives the family name after it.
                return n > 1 || !beyondName || k + 1 < words.count
            }
        }
        return false
    }

    /// In a cased script, the link line goes on after the one-word name in lower case: the word opens
    /// a headline ("Read also: New bridge for the school"), not a writer's given name, which a family
    /// name in capitals follows ("More posts by Jordan Example"). Read only once the words match.
    static func headlineWordFollows(_ name: String, in link: Substring) -> Bool {
        let words = link.split(whereSeparator: { $0 == " " || $0 == ":" })
        for (k, word) in words.enumerated().dropLast() where word.lowercased() == name {
            guard let next = words[k + 1].first(where: \.isLetter) else { continue }
            return next.isLowercase
        }
        return false
    }

    /// The article's prose above already names the note's writer: the note is about someone in the story.
    static func spokenOfAbove(_ name: ArraySlice<String>, _ lines: [TextLine], scores: [Double], in range: Range<Int>) -> Bool {
        for k in range where scores[k] > 0 && names(lines[k].words, name, beyondName: false) { return true }
        return false
    }
}
