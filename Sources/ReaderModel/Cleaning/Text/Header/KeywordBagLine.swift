/// A page's tags run together on one line ("river ferry almsford ferry timetable boats commuters"):
/// many words, next to no function words, and a word or name given twice. It speaks of the body
/// as much as any headline, but a headline of seven words or more joins its words with function
/// words and names each thing once (a kicker set before a colon aside).
enum KeywordBagLine {
    /// Words below which a line is too short to tell a tag run from a terse headline.
    static let minimumWords = 7

    /// The body's first paragraph shows function words: the word list knows the page's language,
    /// so a line without them says something (in a language it does not know, every line lacks them).
    static func functionWordsKnown(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        guard let first = body.first(where: { evidence[$0].shape == .good }) else { return false }
        return lines[first].stopwordDensity >= 0.15
    }

    /// The line reads as a run of tags, not a headline (in a language whose function words are known).
    static func matches(_ line: TextLine) -> Bool {
        // Scripts without spaces have no countable function words.
        guard line.wordCount >= minimumWords, !line.script.isUnspaced, line.stopwordCount * 10 < line.wordCount else { return false }
        // "Label: Headline" sets a kicker before its headline, which may repeat a word of it.
        guard !line.text.utf8.contains(58) else { return false }
        var seen: Set<String> = []
        for word in line.words where word.utf8.count >= 3 {
            if !seen.insert(word.lowercased()).inserted { return true }
        }
        return false
    }
}
