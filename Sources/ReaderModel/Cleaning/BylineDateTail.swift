/// A byline row read whole runs the date on after the name, and in a script without capitals
/// ("རྩོམ་པ་པོ། བཀྲ་ཤིས་དོན་གྲུབ ཕྱི་ལོ་༢༠༢༥ ཟླ་༨ ཚེས་༡༤") no capital tells the date's first word from
/// a surname: the first word a date starts at, as the date reader reads it, ends the name.
enum BylineDateTail {
    /// The words of a byline before the first one a date starts at (within the first five words),
    /// or nil when no word holds a digit or no date starts after the first word.
    static func wordsBeforeDate(_ words: [Substring], in text: Substring) -> [Substring]? {
        guard words.count > 1, words.contains(where: { $0.contains(where: isDigit) }) else { return nil }
        // The text from the second word on is read for dates once, not once from each word:
        // every word after the first follows a space (`words` are split on spaces).
        let from = words[1].startIndex
        let starts = (1..<min(words.count, 6)).map { text.utf8.distance(from: from, to: words[$0].startIndex) }
        guard let position = DateNormalizer.firstMatchStart(in: String(text[from...]), atUTF8Offsets: starts) else { return nil }
        return Array(words[..<(position + 1)])
    }

    /// `wordsBeforeDate` reading the text from each word in turn: the reference for the one reading.
    static func wordsBeforeDateReadFromEachWord(_ words: [Substring], in text: Substring) -> [Substring]? {
        guard words.count > 1, words.contains(where: { $0.contains(where: isDigit) }) else { return nil }
        for w in 1..<min(words.count, 6) where DateNormalizer.matchAtStart(of: String(text[words[w].startIndex...])) != nil {
            return Array(words[..<w])
        }
        return nil
    }

    /// A decimal digit of any script.
    private static func isDigit(_ c: Character) -> Bool { c.unicodeScalars.first?.properties.numericType == .decimal }
}
