/// Whether a page's prose is English, which decides if English function-word density may judge
/// its lines (`LineShape`): on a page in another language every line is judged by shape alone.
///
/// Two readings, either of which makes a page not English:
/// - the long lines' words hold few English function words (under 8%), as a German, French or
///   Chinese page does;
/// - most of the page's prose (long lines that end a sentence) is written in another language,
///   line by line, in three paragraphs or more (one or two may be a quoted passage or a
///   sample). This catches what the first misses: a Czech, Polish, Hungarian or Portuguese
///   page shares short function words with English ("a", "i", "to", "do", "no", "on", "as") and
///   can pass 8% on them alone, and a German page with one English cookie notice or quoted tweet
///   passes it on that one line's words. A prose line is English when its English function words
///   are dense (a fifth of its words, as English sentences have) or, in between, when enough of
///   them are of three letters or more ("the", "and", "that", "with"), which other languages do
///   not share; a line spelled with letters outside ASCII in one word of four is not English.
enum PageLanguage {
    static func isEnglish(_ lines: [TextLine]) -> Bool {
        var longWords = 0
        var longStopwords = 0
        var englishProse = 0
        var otherProse = 0
        var otherProseLines = 0
        for line in lines where line.wordCount >= 8 {
            let words = line.wordCount
            longWords += words
            longStopwords += line.stopwordCount
            guard line.endsSentence || (line.script.isUnspaced && words >= 20) else { continue }
            // A paragraph weighs its words up to a long paragraph's: one line of thousands of
            // names ("…and 3,000 more users left kudos!") is not most of a page's prose.
            let weight = min(words, maxProseWeight)
            if isWrittenInEnglish(line) {
                englishProse += weight
            } else {
                otherProse += weight
                otherProseLines += 1
            }
        }
        guard longWords >= 40 else { return true }
        if longStopwords * 100 < longWords * 8 { return false }
        return !(otherProseLines >= 3 && otherProse >= 40 && otherProse > englishProse)
    }

    /// The most words one prose line counts for in the line-by-line reading.
    static let maxProseWeight = 120

    /// One prose line's language: English function words, and of those the longer ones, which
    /// other languages' prose does not use.
    static func isWrittenInEnglish(_ line: TextLine) -> Bool {
        let words = line.wordCount
        let stops = line.stopwordCount
        if line.script.isSpelledOutsideASCII(words: words) { return false }
        if stops * 5 >= words { return true }
        if stops * 100 < words * 8 { return false }
        // Only lines between the two bounds read their words.
        var short = 0
        for word in line.words where word.utf8.count <= 2 && shortStopwords.contains(word) { short += 1 }
        return (stops - short) * 100 >= words * 6
    }

    /// English function words of one or two letters, which Czech, Polish, Hungarian, Portuguese,
    /// Italian, Dutch or Scandinavian prose also uses ("a", "i", "to", "do", "no", "on", "we", "my").
    static let shortStopwords: Set<String> = Stopwords.english.filter { $0.utf8.count <= 2 }
}
